import Foundation

/// A per-minute allowance (`requests_per_minute`, `tokens_per_minute`) as a token bucket that
/// refills continuously and holds one second's worth, so calls are spread over the minute rather
/// than burst. A reservation may run the bucket into debt; the debt is the wait.
struct TokenBucket: Sendable {
    let perMinute: Double
    private var available: Double
    private var updated: Double

    init(perMinute: Double, now: Double) {
        self.perMinute = perMinute
        self.available = Self.capacity(perMinute)
        self.updated = now
    }

    static func capacity(_ perMinute: Double) -> Double { max(1, perMinute / 60) }

    /// Takes `amount` and returns the seconds to wait before using it.
    mutating func reserve(_ amount: Double, now: Double) -> Double {
        let rate = perMinute / 60
        available = min(Self.capacity(perMinute), available + max(0, now - updated) * rate)
        updated = now
        available -= amount
        return available >= 0 ? 0 : -available / rate
    }
}

/// Additive-increase, multiplicative-decrease limit on calls in flight: halved on a 429 (once per
/// round of calls), raised by one after a full round of successes, never above the configured
/// concurrency.
struct AdaptiveConcurrency: Sendable {
    let maximum: Int
    private(set) var limit: Int
    private var successes = 0
    /// Calls admitted before the last decrease cannot cause another one.
    private var decreaseFrom = 0

    init(maximum: Int) {
        self.maximum = max(1, maximum)
        self.limit = self.maximum
    }

    /// A call with ticket `ticket` was rate limited; returns the new limit when it changed.
    mutating func rateLimited(ticket: Int, nextTicket: Int) -> Int? {
        successes = 0
        guard ticket >= decreaseFrom, limit > 1 else { return nil }
        limit = max(1, limit / 2)
        decreaseFrom = nextTicket
        return limit
    }

    /// A call succeeded; returns the new limit when it grew.
    mutating func succeeded() -> Int? {
        guard limit < maximum else { return nil }
        successes += 1
        guard successes >= limit else { return nil }
        successes = 0
        limit += 1
        return limit
    }
}

/// Seconds on the monotonic clock.
func monotonicNow() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
}
