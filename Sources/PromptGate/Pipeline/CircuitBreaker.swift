/// A rolling window of call outcomes that trips once the failure rate passes the threshold.
struct CircuitBreaker: Sendable {
    let settings: BreakerSettings
    private var outcomes: [Bool] = []
    private var next = 0

    init(_ settings: BreakerSettings) {
        self.settings = settings
    }

    /// Records one call; returns the reason when the breaker trips.
    mutating func record(failed: Bool) -> String? {
        if outcomes.count < settings.window {
            outcomes.append(failed)
        } else {
            outcomes[next] = failed
            next = (next + 1) % settings.window
        }
        let failures = outcomes.count(where: { $0 })
        let rate = Double(failures) / Double(outcomes.count)
        guard outcomes.count >= min(settings.minCalls, settings.window), rate > settings.errorRate else { return nil }
        return
            "circuit breaker open: \(failures) of the last \(outcomes.count) calls failed (more than \(Int((settings.errorRate * 100).rounded()))%)"
    }
}
