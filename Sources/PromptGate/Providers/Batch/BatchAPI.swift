/// A provider's batch API (`run --batch`): many requests submitted at once, answered within
/// hours at a lower price, matched back to their requests by custom id.
public protocol BatchAPI: Sendable {
    /// Submits `items`; returns the provider's batch id.
    func submit(_ items: [BatchItem]) async throws(ProviderError) -> String
    /// The batch's state now (one poll).
    func poll(_ batchID: String) async throws(ProviderError) -> BatchState
    /// The answers and failures of an ended batch, by custom id (`requests`: what each custom id
    /// asked). A request missing here got no result (treated like an expired one).
    func results(
        _ state: BatchState, requests: [String: CompletionRequest]
    ) async throws(ProviderError) -> [String: BatchOutcome]
}

/// One request of a batch and the id its answer comes back under.
public struct BatchItem: Sendable {
    public let customID: String
    public let request: CompletionRequest

    public init(customID: String, request: CompletionRequest) {
        self.customID = customID
        self.request = request
    }
}

/// What one poll said about a batch.
public struct BatchState: Sendable, Equatable {
    public let id: String
    /// The provider's status word (`validating`, `in_progress`, `completed`, `ended`, …).
    public let status: String
    /// True once the provider will not process it further (done, expired, cancelled, failed).
    public let ended: Bool
    /// The request counts as the provider states them, for the log (`succeeded 40, errored 2`).
    public let counts: String
    /// Where the results are (OpenAI: output and error file ids; Anthropic: the results URL).
    public let resultLocations: [String]
    /// Why the whole batch failed (OpenAI `failed`: validation errors), when it did.
    public let failure: String?

    public init(
        id: String, status: String, ended: Bool, counts: String, resultLocations: [String], failure: String? = nil
    ) {
        self.id = id
        self.status = status
        self.ended = ended
        self.counts = counts
        self.resultLocations = resultLocations
        self.failure = failure
    }
}

/// How one request of a batch ended.
public enum BatchOutcome: Sendable, Equatable {
    /// Answered (priced at the batch rate).
    case answered(CompletionResponse)
    /// Errored, expired or cancelled inside the batch.
    case failed(ProviderError)
}
