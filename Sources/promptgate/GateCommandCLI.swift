import ArgumentParser
import Foundation
import PromptGate

/// `promptgate gate`.
struct GateCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Gate a prompt version against a baseline (default: its previous version) under the gate policy.",
        discussion:
            "Runs whichever side is not stored yet (cheap when cached or replayed) and writes the report. A version without a baseline (a first version) is held to the absolute rules: schema validity, PII, template leaks and `min_pass_rate`. A run stopped by an outage (circuit breaker, provider errors above `max_error_share`) or by the caps is INCONCLUSIVE, not FAIL, unless the answers that came back show a regression; the next `gate` calls only what is missing. Exits 0 for PASS and WARN, 1 for FAIL, 3 for INCONCLUSIVE, 2 for bad input."
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The candidate: name (latest version) or name@vN.")
    var prompt: String

    @OptionGroup var baselineOptions: BaselineOptions

    @OptionGroup var budget: BudgetOptions

    @Flag(
        help:
            "Print which runs the gate would use or make, with their calls, cache hits and estimated cost; call nothing, store nothing."
    )
    var dryRun = false

    func validate() throws {
        guard let reference = PromptReference(parsing: prompt) else {
            throw ValidationError("`\(ConsoleText.escaped(prompt))` is not a prompt reference; write name or name@vN")
        }
        try baselineOptions.validate(prompt: reference.name)
    }

    func run() async throws {
        guard let reference = PromptReference(parsing: prompt) else { throw ValidationError("bad prompt reference") }
        let project = try self.project.open()
        let (baseline, tree, baseProject) = try baselineOptions.resolve(prompt: reference.name, project: project)
        if dryRun {
            let dry = try ComparisonDryRun.make(
                project: project, prompt: reference.name, candidate: reference.version, baseline: baseline,
                baselineProject: baseProject)
            withExtendedLifetime(tree) {}
            Console.out(Summaries.comparisonDryRun(dry, command: "gate"))
            return
        }
        let console = ConsoleHooks(budget: budget)
        let outcome = try await GateCommand.run(
            project: project, reference: reference, baseline: baseline, baselineProject: baseProject,
            hooks: console.hooks)
        withExtendedLifetime((tree, console)) {}
        Console.out(Summaries.gate(outcome, config: project.config))
        if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
    }
}

/// `promptgate ci`.
struct CICommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci",
        abstract: "Gate every prompt added or changed since a git ref; write one combined report.",
        discussion:
            "Each changed prompt's newest version is gated against the newest version that exists at the base ref (production), run in the project as it is at that ref; every other version added since is gated the same way and reported, without deciding the outcome. A prompt also counts as changed when promptgate.yaml, its test set or the files its exec pipeline depends on changed. A version that exists at the base ref must not change (exit 2: add a new version instead). The report goes to reports/ci-summary.md and to $GITHUB_STEP_SUMMARY when set. Exits 1 if any gate fails, 3 if any is inconclusive, 2 on bad input."
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "The git ref to compare with (default: origin/main if it exists, else HEAD~1).")
    var base: String?

    @Option(
        help:
            "Only run shard i of n (1-based) of every version ci needs, into --db, and gate nothing; then `promptgate merge` the shards' databases and run `promptgate ci` on the merged one."
    )
    var shard: String?

    @OptionGroup var budget: BudgetOptions

    @Flag(
        help:
            "Print what ci would gate and which runs it would use or make, with their calls, cache hits and estimated cost; call nothing, store nothing."
    )
    var dryRun = false

    func validate() throws {
        if let shard, ShardSpec(parsing: shard) == nil {
            throw ValidationError("--shard must be i/n with 1 ≤ i ≤ n, e.g. 2/4; got `\(ConsoleText.escaped(shard))`")
        }
        if dryRun && shard != nil { throw ValidationError("--dry-run shows the whole of ci; drop --shard") }
    }

    func run() async throws {
        let project = try self.project.open()
        let ref = base ?? Self.defaultBase(project.config.root)
        if dryRun {
            let dryRuns = try CICommand.dryRun(project: project, base: ref)
            Console.out(
                dryRuns.isEmpty
                    ? "dry run of ci: nothing changed since \(ref), so nothing would be gated"
                    : dryRuns.map { Summaries.comparisonDryRun($0, command: "gate") }.joined(separator: "\n\n"))
            return
        }
        let console = ConsoleHooks(budget: budget)
        defer { withExtendedLifetime(console) {} }
        if let shard = shard.flatMap(ShardSpec.init(parsing:)) {
            let outcome = try await CIShardCommand.run(
                project: project, base: ref, shard: shard, hooks: console.hooks)
            Console.out(
                Summaries.ciShard(outcome, base: ref, database: project.config.display(project.config.databaseURL)))
            if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
            return
        }
        let outcome = try await CICommand.run(project: project, base: ref, hooks: console.hooks)
        for gate in outcome.gates { Console.out(Summaries.gate(gate, config: project.config)) }
        for item in outcome.intermediates {
            Console.out(Summaries.gate(item, config: project.config, note: "intermediate version, reported only"))
        }
        for name in outcome.deleted { Console.out("\(name): deleted since \(ref), not gated") }
        if let stopped = outcome.stopped {
            Console.error("stopped: \(stopped); not gated: \(outcome.notGated.joined(separator: ", "))")
        } else if outcome.gates.isEmpty {
            Console.out(
                "no prompt version added and no config, test set or pipeline file changed since \(ref): nothing to gate"
            )
        }
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
