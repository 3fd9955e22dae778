/// Settings of the circuit breaker (`breaker:` in promptgate.yaml): the run stops when more
/// than `errorRate` of the last `window` calls failed, once at least `minCalls` were made.
/// Rate limiting (429) is not counted: backoff handles it. `error_rate: 1` turns it off.
public struct BreakerSettings: Sendable, Equatable {
    public var window: Int
    public var minCalls: Int
    public var errorRate: Double

    public init(window: Int = 50, minCalls: Int = 20, errorRate: Double = 0.8) {
        self.window = max(1, window)
        self.minCalls = max(1, minCalls)
        self.errorRate = errorRate
    }
}
