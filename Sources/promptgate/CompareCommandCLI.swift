import ArgumentParser
import PromptGate

/// `promptgate compare`.
struct CompareCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract:
            "Compare two versions of a prompt case by case, list regressions and fixes, and give the gate's verdict.",
        discussion:
            "`compare NAME` compares the latest version with the previous one; `compare NAME@vA NAME@vB` compares B (candidate) with A (baseline); --baseline or --baseline-ref pick the baseline. Versions not yet run (or whose inputs changed) are run first. The console, the report and the exit code give the same verdict, the gate policy's: exit 0 for PASS and WARN, 1 for FAIL, 3 for INCONCLUSIVE, 2 for bad input."
    )

    @OptionGroup var project: ProjectOptions

    @Argument(
        help:
            "The baseline (name@vA), or just the candidate (name or name@vN) compared with its previous version or --baseline."
    )
    var first: String

    @Argument(help: "The candidate (name@vB).")
    var second: String?

    @OptionGroup var baselineOptions: BaselineOptions

    @OptionGroup var budget: BudgetOptions

    @Flag(
        help:
            "Print which runs the comparison would use or make, with their calls, cache hits and estimated cost; call nothing, store nothing."
    )
    var dryRun = false

    func validate() throws {
        guard let a = PromptReference(parsing: first) else {
            throw ValidationError("`\(ConsoleText.escaped(first))` is not a prompt reference; write name or name@vN")
        }
        if let second {
            guard let b = PromptReference(parsing: second) else {
                throw ValidationError("`\(ConsoleText.escaped(second))` is not a prompt reference; write name@vN")
            }
            guard a.name == b.name else {
                throw ValidationError(
                    "both sides must be versions of the same prompt (got `\(a.name)` and `\(b.name)`)")
            }
            if baselineOptions.baseline != nil || baselineOptions.baselineRef != nil {
                throw ValidationError(
                    "two versions already name the baseline; drop --baseline / --baseline-ref, or give only the candidate"
                )
            }
        }
        try baselineOptions.validate(prompt: a.name)
    }

    func run() async throws {
        guard let a = PromptReference(parsing: first) else { throw ValidationError("bad prompt reference") }
        let project = try self.project.open()
        var baseline: Baseline?, candidate = a.version, tree: BaseTree?, baseProject: Project?
        if let second, let b = PromptReference(parsing: second) {
            baseline = a.version.map { Baseline(version: $0, reason: "named on the command line") }
            candidate = b.version
        } else {
            (baseline, tree, baseProject) = try baselineOptions.resolve(prompt: a.name, project: project)
        }
        defer { withExtendedLifetime(tree) {} }
        if dryRun {
            let dry = try ComparisonDryRun.make(
                project: project, prompt: a.name, candidate: candidate, baseline: baseline, baselineProject: baseProject
            )
            if dry.baseline.version == nil {
                throw CompareCommand.nothingToCompare(
                    prompt: dry.prompt, version: dry.candidate, reason: dry.baseline.reason)
            }
            Console.out(Summaries.comparisonDryRun(dry, command: "compare"))
            return
        }
        let console = ConsoleHooks(budget: budget)
        let outcome = try await CompareCommand.run(
            project: project, prompt: a.name, baseline: baseline, candidate: candidate, baselineProject: baseProject,
            hooks: console.hooks)
        withExtendedLifetime(console) {}
        Console.out(Summaries.compare(outcome, config: project.config))
        if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
    }
}
