/// Paces calls by what the provider says about its allowance instead of by 429s: a 429 with a
/// wait (`Retry-After`, reset headers) pauses every call until then, and the remaining/reset
/// headers of each answer spread the calls left in the window evenly over the time left after the
/// slots the calls in flight already hold. Without such signals it does nothing.
struct RequestPacer: Sendable {
    /// No call starts before this (monotonic seconds).
    private var pausedUntil = 0.0
    /// Seconds between call starts while the last signal holds, and until when it holds.
    private var interval = 0.0
    private var intervalUntil = 0.0
    private var nextSlot = 0.0

    /// Reserves the next start time; returns the seconds to wait for it. Slots are spaced only
    /// until the window the last signal described resets; after that the allowance is new.
    mutating func reserve(now: Double) -> Double {
        let slot = max(now, pausedUntil, nextSlot)
        nextSlot = slot < intervalUntil ? min(slot + interval, intervalUntil) : slot
        return slot - now
    }

    /// Learns from an answer's (or a 429's) signal, with `inFlight` other calls still out.
    mutating func learn(_ signal: RateLimitSignal, rateLimited: Bool, inFlight: Int, now: Double) {
        guard let reset = signal.resetSeconds, reset > 0, reset.isFinite else { return }
        let left = (signal.remaining ?? (rateLimited ? 0 : Int.max)) - inFlight
        if rateLimited || left <= 0 {
            pausedUntil = max(pausedUntil, now + reset)
            nextSlot = max(nextSlot, pausedUntil)
            return
        }
        // The calls in flight already hold slots up to `nextSlot`; the calls left share the rest of
        // the window. Spreading them over the whole time to the reset instead pushed the last ones
        // past it and left about one slot per call in flight unused in every window.
        let firstFree = max(now, nextSlot)
        interval = max(0, now + reset - firstFree) / Double(left)
        intervalUntil = now + reset
    }

    /// True when a 429 carried a wait the pacer can use (so concurrency need not drop).
    static func hasWait(_ signal: RateLimitSignal?) -> Bool {
        (signal?.resetSeconds ?? 0) > 0
    }
}
