/// What a command that runs a missing side takes from its caller: where it reports while it works
/// (a line saying which version is run and why, the progress of the run, and the lines a run logs:
/// retries, first errors), the caps on what it may spend, and the signal that interrupts it.
public struct RunHooks: Sendable {
    public var log: RunLog?
    public var progress: (@Sendable (RunProgress) -> Void)?
    /// The command's spending caps over every run and judge it starts (none when nil).
    public var budget: CommandBudget?
    /// Set by SIGINT/SIGTERM: the run in progress stops as `run` stops, and nothing more is run.
    public var interruption: RunInterruption?

    public init(
        log: RunLog? = nil, progress: (@Sendable (RunProgress) -> Void)? = nil, budget: CommandBudget? = nil,
        interruption: RunInterruption? = nil
    ) {
        self.log = log
        self.progress = progress
        self.budget = budget
        self.interruption = interruption
    }

    /// The options of a run the command starts: these hooks' log and progress, the command's caps
    /// with what it has spent so far, and its interruption.
    func runOptions(_ reference: PromptReference) -> RunCommand.Options {
        var options = RunCommand.Options(reference: reference)
        options.log = log
        options.progress = progress
        options.interruption = interruption
        if let budget {
            options.budget = budget.limits
            options.spentBefore = budget.spent
        }
        return options
    }

    /// Records what the command has spent once a run ended, and stops the command (exit 3) when
    /// it was interrupted: what finished is stored, and the same command finishes it.
    func finished(_ outcome: RunCommand.Outcome, of reference: PromptReference) throws(RunStop) {
        budget?.record(total: outcome.spent)
        try checkInterruption(during: "running \(reference)")
    }

    /// Throws when the command was interrupted (SIGINT/SIGTERM) while doing `work`.
    func checkInterruption(during work: String) throws(RunStop) {
        if let reason = interruption?.reason {
            throw RunStop(
                "\(reason) while \(work); what finished is stored, and running the same command again finishes it")
        }
    }

    /// Throws before `reference` is run when the command's caps are already reached: a run that
    /// could make no call would only store an empty `aborted` run.
    func checkBudget(before reference: PromptReference) throws(RunStop) {
        if let reason = budget?.exhausted {
            throw RunStop(
                "\(reason) before \(reference) could run; what finished is stored, and running the same command again (with higher caps) finishes it"
            )
        }
    }
}
