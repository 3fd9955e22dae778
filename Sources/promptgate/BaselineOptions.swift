import ArgumentParser
import Foundation
import PromptGate

/// `--baseline` and `--baseline-ref`, shared by `compare` and `gate`.
struct BaselineOptions: ParsableArguments {
    @Option(help: "The version to compare with, as name@vN (default: the version before the candidate).")
    var baseline: String?

    @Option(
        name: .customLong("baseline-ref"),
        help:
            "Compare with the newest version that exists at this git ref (e.g. main: what is in production), run in the project as it is at that ref."
    )
    var baselineRef: String?

    func validate(prompt: String) throws {
        if baseline != nil && baselineRef != nil {
            throw ValidationError("give --baseline or --baseline-ref, not both")
        }
        if let baseline {
            guard let reference = PromptReference(parsing: baseline), reference.version != nil else {
                throw ValidationError("--baseline `\(baseline)` is not a version; write name@vN")
            }
            guard reference.name == prompt else {
                throw ValidationError("--baseline must be a version of `\(prompt)` (got `\(reference.name)`)")
            }
        }
    }

    /// The chosen baseline and, for `--baseline-ref`, the project at that ref (kept alive while used).
    func resolve(prompt: String, project: Project) throws -> (Baseline?, BaseTree?, Project?) {
        if let baseline, let version = PromptReference(parsing: baseline)?.version {
            return (Baseline.named(version), nil, nil)
        }
        guard let ref = baselineRef else { return (nil, nil, nil) }
        let chosen = Baseline.newest(of: prompt, at: try BaseRefPrompts.at(ref, root: project.config.root))
        guard chosen.version != nil else { return (chosen, nil, nil) }
        let tree = try BaseTree.export(ref, root: project.config.root)
        return (chosen, tree, try CICommand.openBase(tree, ref: ref, database: project.config.databaseURL.path))
    }
}

/// The console side of a command that may run a missing side: a line per run, a progress bar,
/// and the run's own log lines (retries, the first provider error), all on standard error; the
/// command's spending caps; and SIGINT/SIGTERM, which stop the run in progress as they stop `run`
/// (what finished is stored, exit 3). Keep it alive while the command works.
final class ConsoleHooks {
    let hooks: RunHooks
    private let watch: SignalWatch

    init(budget: BudgetOptions) {
        let display = ProgressDisplay()
        let interruption = RunInterruption()
        watch = SignalWatch(interruption: interruption)
        hooks = RunHooks(
            log: { Console.error($0) }, progress: { display.update($0) }, budget: budget.commandBudget,
            interruption: interruption)
    }
}
