/// What a command that runs a missing side takes from its caller: where it reports while it works
/// (a line saying which version is run and why, the progress of the run, and the lines a run logs:
/// retries, first errors) and the caps on what it may spend.
public struct RunHooks: Sendable {
    public var log: RunLog?
    public var progress: (@Sendable (RunProgress) -> Void)?
    /// The command's spending caps over every run and judge it starts (none when nil).
    public var budget: CommandBudget?

    public init(
        log: RunLog? = nil, progress: (@Sendable (RunProgress) -> Void)? = nil, budget: CommandBudget? = nil
    ) {
        self.log = log
        self.progress = progress
        self.budget = budget
    }

    /// `options` with the command's caps and what it has spent so far.
    func budgeted(_ options: RunCommand.Options) -> RunCommand.Options {
        guard let budget else { return options }
        var options = options
        options.budget = budget.limits
        options.spentBefore = budget.spent
        return options
    }

    /// Records what the command has spent once a run ended.
    func charge(_ outcome: RunCommand.Outcome) {
        budget?.record(total: outcome.spent)
    }
}
