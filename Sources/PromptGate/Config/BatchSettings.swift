/// How `run --batch` waits for a provider batch and what it does with requests the batch did not
/// answer (`batch:` in promptgate.yaml).
public struct BatchSettings: Sendable, Equatable {
    /// What happens to a request that errored, expired or was cancelled inside the batch.
    public enum FailedRequests: String, Sendable, CaseIterable {
        /// Ask it again as a normal call (at the normal price).
        case call
        /// Keep it as a provider error of the case.
        case error
    }

    /// Seconds before the first poll (`poll_interval`); each later wait doubles, up to `max_poll_interval`.
    public var pollInterval: Double = 30
    /// The longest wait between two polls (`max_poll_interval`).
    public var maxPollInterval: Double = 600
    /// `failed_requests`: `call` (default) or `error`.
    public var failedRequests: FailedRequests = .call
    /// Requests per submitted batch (`max_requests`); more are split over several batches.
    public var maxRequests = 50_000

    public init() {}
}
