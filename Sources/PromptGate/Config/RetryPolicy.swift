/// When and how long to wait before trying a failed call again: exponential backoff with full
/// jitter (a random wait in 0...min(cap, base·2ⁿ)), never shorter than the server's Retry-After.
/// Configured under `retry:` in promptgate.yaml.
public struct RetryPolicy: Sendable, Equatable {
    /// Seconds of the first backoff ceiling (`base_delay`).
    public var baseDelay: Double
    /// Seconds no backoff ceiling exceeds (`max_delay`).
    public var maxDelay: Double
    /// Calls per model, the first included (`max_attempts`); 1 disables retries.
    public var maxAttempts: Int
    /// Re-asks after an answer that fails to parse or to validate (`reask`).
    public var reasks: Int
    /// Seconds a server may ask us to wait before a retry (`max_retry_wait`); a longer
    /// `Retry-After` ends the retries with an error saying so.
    public var maxRetryWait: Double
    /// Whether a refused or filtered answer is re-asked (`reask_refusals`, default off): a refusal
    /// is an outcome to count, and a re-ask that answers keeps that the first answer was refused.
    public var reaskRefusals = false

    public init(
        baseDelay: Double = 0.5, maxDelay: Double = 30, maxAttempts: Int = 4, reasks: Int = 1, maxRetryWait: Double = 60
    ) {
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxAttempts = max(1, maxAttempts)
        self.reasks = max(0, reasks)
        self.maxRetryWait = maxRetryWait.isFinite ? max(0, maxRetryWait) : 60
    }

    /// The ceiling of the wait before retry `retry` (1 = the first retry): min(cap, base·2^(retry-1)).
    public func ceiling(beforeRetry retry: Int) -> Double {
        let exponent = Double(max(0, retry - 1))
        return min(maxDelay, baseDelay * pow2(exponent))
    }

    /// The wait before retry `retry`: `unitRandom` (in 0..<1) scales the ceiling (full jitter), and
    /// the result is at least `retryAfter` when the server sent one.
    public func delay(beforeRetry retry: Int, retryAfter: Double?, unitRandom: Double) -> Double {
        let jittered = ceiling(beforeRetry: retry) * min(max(unitRandom, 0), 1)
        return max(jittered, retryAfter ?? 0)
    }

    private func pow2(_ x: Double) -> Double {
        x >= 62 ? Double(UInt64.max) : Double(UInt64(1) << UInt64(x))
    }
}
