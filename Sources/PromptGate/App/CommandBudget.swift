/// The caps one command puts on everything it calls: `compare`, `gate` and `ci` may run several
/// versions and ask a pairwise judge, and `--max-cost`, `--max-tokens` and `--max-calls` bound all
/// of it together. Each run starts with what the earlier ones spent, so the caps are the command's,
/// not each run's; a run they stop is stored `aborted` and the verdict is INCONCLUSIVE (exit 3).
public final class CommandBudget: Sendable {
    /// The command's caps.
    public let limits: BudgetLimits
    private let ledger = Locked(BudgetLedger())

    /// A budget with these caps and nothing spent yet.
    public init(limits: BudgetLimits) {
        self.limits = limits
    }

    /// What the command has spent so far.
    var spent: BudgetLedger { ledger.withLock { $0 } }

    /// Why no further call may be issued, once a cap is reached.
    var exhausted: String? { spent.exhausted(limits) }

    /// Takes the total a run or judge ended with (`spent` charged before it, plus its own calls).
    func record(total: BudgetLedger) {
        ledger.withLock { $0 = total }
    }
}
