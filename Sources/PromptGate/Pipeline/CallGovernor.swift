/// Decides, call by call, whether the run may make another call (budget, circuit breaker), and
/// learns from every call's outcome. It is the one place that stops a run early.
public actor CallGovernor {
    private let limits: BudgetLimits
    private var ledger = BudgetLedger()
    private var breaker: CircuitBreaker
    private var stopReason: String?

    public init(limits: BudgetLimits = BudgetLimits(), breaker: BreakerSettings = BreakerSettings()) {
        self.limits = limits
        self.breaker = CircuitBreaker(breaker)
    }

    /// Reserves the next call, or throws `RunStop` when the run must stop issuing calls.
    func admit(estimatedTokens: Int) async throws(RunStop) {
        if stopReason == nil, let reason = ledger.exhausted(limits) { stopReason = reason }
        if let stopReason { throw RunStop(stopReason) }
        ledger.calls += 1
    }

    /// Learns from a finished call (success or failure).
    func finished(_ attempt: Attempt, usage: TokenUsage?, costUSD: Double) {
        if let usage { ledger.tokens += usage.total }
        ledger.costUSD += costUSD
        let counted = attempt.errorKind != ProviderError.Kind.rateLimited.rawValue && attempt.errorKind != ProviderError.Kind.cancelled.rawValue
        if counted, let reason = breaker.record(failed: !attempt.succeeded) { stop(reason) }
    }

    /// Stops the run: every later `admit` throws with `reason` (the first reason wins).
    func stop(_ reason: String) {
        if stopReason == nil { stopReason = reason }
    }

    /// Why the run was stopped, or nil while it runs.
    var reason: String? { stopReason }

    /// Calls made so far.
    var callsMade: Int { ledger.calls }
}
