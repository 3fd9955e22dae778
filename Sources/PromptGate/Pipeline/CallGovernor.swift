/// Decides, call by call, whether and when the run may make another call: budget, circuit
/// breaker, requests- and tokens-per-minute, and an adaptive limit on calls in flight that drops
/// on 429s and recovers. It learns from every call's outcome and is the one place that stops a run.
public actor CallGovernor {
    private let limits: BudgetLimits
    private var ledger = BudgetLedger()
    private var breaker: CircuitBreaker
    private var stopReason: String?
    private var concurrency: AdaptiveConcurrency
    private var requestBucket: TokenBucket?
    private var tokenBucket: TokenBucket?
    private var inFlight = 0
    /// Worst-case cost reserved by each call in flight, by ticket.
    private var reservations: [Int: Double] = [:]
    private var reservedUSD = 0.0
    private var pacer = RequestPacer()
    private var nextTicket = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let log: RunLog?

    /// A governor for one run. `concurrency` caps calls in flight; the per-minute limits are nil for none.
    public init(
        limits: BudgetLimits = BudgetLimits(), breaker: BreakerSettings = BreakerSettings(), concurrency: Int = 1 << 20,
        requestsPerMinute: Double? = nil, tokensPerMinute: Double? = nil, log: RunLog? = nil
    ) {
        self.limits = limits
        self.breaker = CircuitBreaker(breaker)
        self.concurrency = AdaptiveConcurrency(maximum: concurrency)
        let now = monotonicNow()
        self.requestBucket = requestsPerMinute.map { TokenBucket(perMinute: $0, now: now) }
        self.tokenBucket = tokensPerMinute.map { TokenBucket(perMinute: $0, now: now) }
        self.log = log
    }

    /// Waits until a call may go out and reserves it, returning its ticket; throws `RunStop` when
    /// the run must stop issuing calls. `worstCaseUSD` is reserved against `--max-cost` while the
    /// call is in flight: a call waits while spent + reserved has reached the cap and others are
    /// still in flight, so spending passes the cap by at most one call's worst case, and the stop
    /// reason is stated once every call in flight has been counted.
    func admit(estimatedTokens: Int, worstCaseUSD: Double = 0) async throws(RunStop) -> Int {
        if let stopReason { throw RunStop(stopReason) }
        let now = monotonicNow()
        let wait = max(
            requestBucket?.reserve(1, now: now) ?? 0, tokenBucket?.reserve(Double(estimatedTokens), now: now) ?? 0)
        if wait > 0, wait.isFinite { try? await Task.sleep(nanoseconds: UInt64(min(wait, 1e9) * 1e9)) }
        while (inFlight >= concurrency.limit || costBlocked) && stopReason == nil {
            await withCheckedContinuation { waiters.append($0) }
        }
        let paced = pacer.reserve(now: monotonicNow())
        if paced > 0 && stopReason == nil {
            inFlight += 1
            // Bounded so that no server-stated reset can trap the conversion (a day at most).
            try? await Task.sleep(nanoseconds: UInt64(min(paced, 86_400) * 1e9))
            inFlight -= 1
        }
        if stopReason == nil, let reason = ledger.exhausted(limits) { stop(reason) }
        if let stopReason { throw RunStop(stopReason) }
        ledger.calls += 1
        inFlight += 1
        nextTicket += 1
        reservations[nextTicket - 1] = worstCaseUSD
        reservedUSD += worstCaseUSD
        return nextTicket - 1
    }

    /// True while spent plus reserved has reached `--max-cost` and calls are still in flight.
    private var costBlocked: Bool {
        guard let max = limits.maxCostUSD, inFlight > 0 else { return false }
        return ledger.costUSD + reservedUSD >= max
    }

    /// Learns from a finished call (success or failure) and frees its place. `signal` is what the
    /// provider's rate-limit headers (or a 429's wait) said; `stopping` stops the run at once (an
    /// error no retry can fix).
    func finished(
        _ attempt: Attempt, ticket: Int, usage: TokenUsage?, costUSD: Double, signal: RateLimitSignal? = nil,
        stopping: String? = nil
    ) {
        if let stopping { stop(stopping) }
        inFlight -= 1
        reservedUSD = inFlight == 0 ? 0 : reservedUSD - (reservations.removeValue(forKey: ticket) ?? 0)
        if inFlight == 0 { reservations.removeAll() }
        if let usage { ledger.tokens += usage.total }
        ledger.costUSD += costUSD
        if attempt.costEstimated { ledger.estimatedUSD += costUSD }
        if attempt.phase == .judge {
            ledger.judgeCalls += 1
            ledger.judgeTokens += usage?.total ?? 0
            ledger.judgeCostUSD += costUSD
        }
        let rateLimited = attempt.errorKind == ProviderError.Kind.rateLimited.rawValue
        if let signal { pacer.learn(signal, rateLimited: rateLimited, inFlight: inFlight, now: monotonicNow()) }
        // A 429 that says how long to wait pauses every call that long (the pacer); only a 429
        // without a wait lowers the concurrency.
        if rateLimited && !RequestPacer.hasWait(signal) {
            if let lowered = concurrency.rateLimited(ticket: ticket, nextTicket: nextTicket) {
                log?("concurrency: lowered to \(lowered) after a 429")
            }
        } else if attempt.succeeded, let raised = concurrency.succeeded() {
            log?("concurrency: raised to \(raised)")
        }
        let counted =
            attempt.errorKind != ProviderError.Kind.rateLimited.rawValue
            && attempt.errorKind != ProviderError.Kind.cancelled.rawValue
        if counted, let reason = breaker.record(failed: !attempt.succeeded) { stop(reason) }
        wake()
    }

    /// Counts spending made without admission (a provider batch's answers) toward the caps, so
    /// the calls after it (re-asks, requests the batch failed) see what the run has spent.
    func charge(calls: Int, tokens: Int, costUSD: Double) {
        ledger.calls += calls
        ledger.tokens += tokens
        ledger.costUSD += costUSD
    }

    /// Stops the run: every later `admit` throws with `reason` (the first reason wins).
    func stop(_ reason: String) {
        if stopReason == nil { stopReason = reason }
        wake()
    }

    /// Why the run was stopped, or nil while it runs.
    var reason: String? { stopReason }

    /// What the calls have spent so far (with whatever was charged before them).
    var spent: BudgetLedger { ledger }

    /// The current limit on calls in flight.
    var concurrencyLimit: Int { concurrency.limit }

    private func wake() {
        var free = stopReason == nil ? concurrency.limit - inFlight : waiters.count
        while free > 0, !waiters.isEmpty {
            waiters.removeFirst().resume()
            free -= 1
        }
    }
}
