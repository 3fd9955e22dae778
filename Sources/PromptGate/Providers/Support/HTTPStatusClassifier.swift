/// The one table that turns HTTP statuses and transport failures into `ProviderError` kinds:
/// retryable = 408, 409, 429, 5xx, 529, timeouts, resets, truncated bodies; fatal = 4xx.
public enum HTTPStatusClassifier {
    /// The kind of an error status.
    public static func kind(status: Int) -> ProviderError.Kind {
        switch status {
        case 408: return .timeout
        case 409: return .conflict
        case 429: return .rateLimited
        case 529: return .overloaded
        case 500...599: return .serverError
        case 401: return .authentication
        case 403: return .permission
        case 404: return .notFound
        case 422: return .unprocessable
        default: return .badRequest
        }
    }

    /// The error for a failure below HTTP; messages never contain request headers.
    public static func error(for failure: TransportError, provider: String) -> ProviderError {
        var error = classify(failure, provider: provider)
        switch failure {
        case .timedOut, .connectionReset, .truncatedBody: error.mayHaveBeenBilled = true
        default: break
        }
        return error
    }

    private static func classify(_ failure: TransportError, provider: String) -> ProviderError {
        switch failure {
        case .timedOut:
            return ProviderError(.timeout, "provider `\(provider)`: no complete answer within the timeout")
        case .connectionReset:
            return ProviderError(
                .connection, "provider `\(provider)`: the connection was reset before the answer was complete")
        case .truncatedBody:
            return ProviderError(
                .truncatedResponse, "provider `\(provider)`: the answer was cut off before its declared length")
        case .connectionFailed(let why):
            return ProviderError(
                .connection,
                "provider `\(provider)`: cannot connect (\(why)); check `base_url` and that the server is running")
        case .tls(let why):
            return ProviderError(.configuration, "provider `\(provider)`: TLS failed (\(why))")
        case .invalidURL:
            return ProviderError(.configuration, "provider `\(provider)`: `base_url` is not a valid http(s) URL")
        case .invalidRequest(let why):
            return ProviderError(.configuration, "provider `\(provider)`: the request cannot be sent (\(why))")
        case .responseTooLarge(let part, let limit) where part == "body":
            return ProviderError(
                .invalidResponse,
                "provider `\(provider)`: the answer is larger than \(limit) bytes and was not read; raise `max_response_bytes` for this provider if that is expected"
            )
        case .responseTooLarge(_, let limit):
            return ProviderError(
                .invalidResponse,
                "provider `\(provider)`: the response headers are larger than \(limit) bytes and were not read")
        case .other(let code, let why):
            return ProviderError(.invalidResponse, "provider `\(provider)`: transport error \(code) (\(why))")
        }
    }
}
