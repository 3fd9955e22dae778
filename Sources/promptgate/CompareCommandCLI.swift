import ArgumentParser
import PromptGate

/// `promptgate compare`.
struct CompareCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two versions of a prompt case by case and list regressions and fixes.",
        discussion: "`compare NAME` compares the latest version with the previous one; `compare NAME@vA NAME@vB` compares B (candidate) with A (baseline). Versions not yet run are run first. Exits 1 when any case regressed. " + ExitStatus.summary
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The baseline (name@vA), or just the prompt name to compare its latest version with the previous one.")
    var first: String

    @Argument(help: "The candidate (name@vB).")
    var second: String?

    func validate() throws {
        guard let a = PromptReference(parsing: first) else { throw ValidationError("`\(ConsoleText.escaped(first))` is not a prompt reference; write name or name@vN") }
        if let second {
            guard let b = PromptReference(parsing: second) else { throw ValidationError("`\(ConsoleText.escaped(second))` is not a prompt reference; write name@vN") }
            guard a.name == b.name else { throw ValidationError("both sides must be versions of the same prompt (got `\(a.name)` and `\(b.name)`)") }
        }
    }

    func run() async throws {
        guard let a = PromptReference(parsing: first) else { throw ValidationError("bad prompt reference") }
        let b = second.flatMap(PromptReference.init(parsing:))
        let project = try self.project.open()
        let outcome: CompareCommand.Outcome
        if let b {
            outcome = try await CompareCommand.run(project: project, prompt: a.name, baseline: a.version, candidate: b.version)
        } else {
            outcome = try await CompareCommand.run(project: project, prompt: a.name, baseline: nil, candidate: a.version)
        }
        Console.out(Summaries.compare(outcome, config: project.config))
        if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
    }
}
