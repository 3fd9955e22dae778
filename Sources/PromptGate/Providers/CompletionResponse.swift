/// Why the model stopped generating.
public enum StopReason: String, Sendable, Codable, CaseIterable {
    case stop
    /// Cut off at max_tokens: the output is incomplete.
    case length
    /// The provider's content filter stopped the answer (OpenAI `finish_reason: content_filter`).
    case contentFilter = "content_filter"
    /// The model declined to answer (Anthropic `stop_reason: refusal`, OpenAI `message.refusal`).
    case refusal
    case toolUse = "tool_use"
    case other

    /// True when the answer is a refusal or was filtered: an outcome to count, not a parse failure.
    public var isRefusal: Bool { self == .refusal || self == .contentFilter }
}

/// Tokens a call consumed.
public struct TokenUsage: Sendable, Equatable {
    public var inputTokens: Int
    public var outputTokens: Int

    public init(inputTokens: Int, outputTokens: Int) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
    }

    public var total: Int { inputTokens + outputTokens }
}

/// A model's answer to one request, in provider-neutral form.
public struct CompletionResponse: Sendable, Equatable {
    public var text: String
    public var stopReason: StopReason
    public var usage: TokenUsage
    /// The model that actually answered (may differ from the one asked, e.g. a fallback).
    public var model: String
    public var latencyMs: Double
    public var requestID: String?
    /// The HTTP status of the answer, for providers that speak HTTP.
    public var statusCode: Int?
    /// What the answer's rate-limit headers said about the allowance left (not stored).
    public var rateLimit: RateLimitSignal?
    /// Milliseconds from sending the request to the first piece of content, for a streamed answer.
    public var timeToFirstTokenMs: Double?

    public init(
        text: String, stopReason: StopReason, usage: TokenUsage, model: String, latencyMs: Double,
        requestID: String? = nil, statusCode: Int? = nil
    ) {
        self.text = text
        self.stopReason = stopReason
        self.usage = usage
        self.model = model
        self.latencyMs = latencyMs
        self.requestID = requestID
        self.statusCode = statusCode
    }
}

/// Something that answers completion requests: a remote API, a local command, or recordings.
public protocol Provider: Sendable {
    /// What this provider can do.
    var capabilities: ProviderCapabilities { get }
    /// Answers one request or throws a classified `ProviderError`.
    func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse
}
