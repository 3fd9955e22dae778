/// A classified provider failure. The provider decides what kind it is; the pipeline decides
/// what to do (retry only the retryable kinds). Messages never contain API keys.
public struct ProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The failure kinds, stored by raw value in the database.
    public enum Kind: String, Sendable, CaseIterable {
        case rateLimited = "rate_limited"
        /// The account is out of credit or quota (OpenAI `insufficient_quota` 429, Anthropic's
        /// "credit balance is too low"): waiting does not help.
        case quotaExceeded = "quota_exceeded"
        /// The model does not accept a parameter the request sent (400 naming the parameter).
        case unsupportedParameter = "unsupported_parameter"
        case serverError = "server_error"
        case overloaded
        case timeout
        case connection
        case truncatedResponse = "truncated_response"
        case conflict
        case badRequest = "bad_request"
        case contextLength = "context_length"
        case authentication
        case permission
        case notFound = "not_found"
        case unprocessable
        case invalidResponse = "invalid_response"
        case missingRecording = "missing_recording"
        case staleRecording = "stale_recording"
        case configuration
        case commandFailed = "command_failed"
        /// The run stopped the call (budget, breaker or interruption); not the provider's fault.
        case cancelled

        /// Whether trying the same request again can succeed.
        public var isRetryable: Bool {
            switch self {
            case .rateLimited, .serverError, .overloaded, .timeout, .connection, .truncatedResponse, .conflict:
                return true
            default: return false
            }
        }
    }

    public var kind: Kind
    public var message: String
    public var statusCode: Int?
    /// Seconds the server asked us to wait (Retry-After or reset headers).
    public var retryAfter: Double?
    /// The provider's id for the failed request (`x-request-id`, `request-id`), for support tickets.
    public var requestID: String?
    /// True when the request reached the provider and may have been billed although no usage came
    /// back (timed out, reset or cut off mid-answer): the pipeline counts it at its estimated cost.
    public var mayHaveBeenBilled = false

    public init(
        _ kind: Kind, _ message: String, statusCode: Int? = nil, retryAfter: Double? = nil, requestID: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.statusCode = statusCode
        self.retryAfter = retryAfter
        self.requestID = requestID
    }

    /// True for failures the model (not the request or the account) is responsible for: another
    /// model may succeed, so the pipeline tries the prompt's fallback model.
    public var isModelSide: Bool {
        switch kind {
        case .contextLength, .notFound, .invalidResponse: return true
        default: return false
        }
    }

    public var isRetryable: Bool { kind.isRetryable }

    /// True for failures that every later call would meet too — no or a wrong key, no access, no
    /// quota, no such model or endpoint, a parameter the model rejects: the run stops at once
    /// instead of making the same doomed call for every case.
    public var stopsTheRun: Bool {
        switch kind {
        case .quotaExceeded, .authentication, .permission, .notFound, .unsupportedParameter: return true
        default: return false
        }
    }

    /// Why the run stopped, in the provider's own words (keys are never in messages).
    public var runStopReason: String {
        "fatal provider error, retrying cannot fix it: \(description)"
    }

    public var description: String {
        let status = statusCode.map { "HTTP \($0) " } ?? ""
        return "\(status)\(kind.rawValue): \(message)"
    }
}
