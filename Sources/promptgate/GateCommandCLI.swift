import Foundation
import ArgumentParser
import PromptGate

/// `promptgate gate`.
struct GateCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Gate a prompt version against its previous version under the gate policy.",
        discussion: "Runs whichever side is not stored yet (cheap when cached or replayed), writes the diff report, and exits 0 for PASS and WARN, 1 for FAIL, 3 for INCONCLUSIVE, 2 for bad input."
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The candidate: name (latest version) or name@vN.")
    var prompt: String

    func validate() throws {
        guard PromptReference(parsing: prompt) != nil else { throw ValidationError("`\(ConsoleText.escaped(prompt))` is not a prompt reference; write name or name@vN") }
    }

    func run() async throws {
        guard let reference = PromptReference(parsing: prompt) else { throw ValidationError("bad prompt reference") }
        let project = try self.project.open()
        let outcome = try await GateCommand.run(project: project, reference: reference)
        Console.out(Summaries.gate(outcome, config: project.config))
        if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
    }
}

/// `promptgate ci`.
struct CICommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci",
        abstract: "Gate every prompt added or changed since a git ref; write one combined report.",
        discussion: "A changed test set re-runs both sides for the prompts that use it. The report goes to reports/ci-summary.md and to $GITHUB_STEP_SUMMARY when set. Exits 1 if any gate fails, 3 if any is inconclusive, 2 on bad input."
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "The git ref to compare with (default: origin/main if it exists, else HEAD~1).")
    var base: String?

    func run() async throws {
        let project = try self.project.open()
        let ref = base ?? Self.defaultBase(project.config.root)
        let outcome = try await CICommand.run(project: project, base: ref)
        for gate in outcome.gates { Console.out(Summaries.gate(gate, config: project.config)) }
        if outcome.gates.isEmpty { Console.out("no prompt or test set changed since \(ref): nothing to gate") }
        Console.out("report: \(project.config.display(outcome.reportURL))")
        if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
    }

    static func defaultBase(_ root: URL) -> String {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["git", "-C", root.path, "rev-parse", "--verify", "--quiet", "origin/main"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return "HEAD~1" }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? "origin/main" : "HEAD~1"
    }
}
