/// A classified provider failure. The provider decides what kind it is; the pipeline decides
/// what to do (retry only the retryable kinds). Messages never contain API keys.
public struct ProviderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The failure kinds, stored by raw value in the database.
    public enum Kind: String, Sendable, CaseIterable {
        case rateLimited = "rate_limited"
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
            case .rateLimited, .serverError, .overloaded, .timeout, .connection, .truncatedResponse, .conflict: return true
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

    public init(_ kind: Kind, _ message: String, statusCode: Int? = nil, retryAfter: Double? = nil, requestID: String? = nil) {
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

    public var description: String {
        let status = statusCode.map { "HTTP \($0) " } ?? ""
        return "\(status)\(kind.rawValue): \(message)"
    }
}
