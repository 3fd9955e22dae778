/// Why an HTTP exchange failed below the HTTP layer (HTTP error statuses are responses, not errors).
///
/// Messages come from libcurl's error buffer, which never contains request headers; as a second
/// guard, any request header value is scrubbed from them before they are stored here.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The connect or total timeout elapsed.
    case timedOut
    /// No connection could be made (refused, unreachable, DNS failure, proxy unreachable).
    case connectionFailed(String)
    /// The connection broke while sending or receiving, or closed without any response.
    case connectionReset
    /// The connection closed before the declared body length arrived.
    case truncatedBody
    /// TLS handshake or certificate verification failed.
    case tls(String)
    /// The URL is malformed or uses an unsupported scheme.
    case invalidURL
    /// The request itself is unusable, e.g. a header containing CR or LF; the message never holds header values.
    case invalidRequest(String)
    /// The server sent more than the transport accepts: `part` is "body" or "headers", `limit` the cap in bytes.
    case responseTooLarge(part: String, limit: Int)
    /// Any other libcurl failure; `code` is the CURLcode (or -1 for transport-internal failures).
    case other(code: Int, message: String)

    /// A one-line description that is safe to log.
    public var description: String {
        switch self {
        case .timedOut: return "transport: timed out"
        case .connectionFailed(let message): return "transport: connection failed: \(message)"
        case .connectionReset: return "transport: connection reset"
        case .truncatedBody: return "transport: response body truncated"
        case .tls(let message): return "transport: TLS failure: \(message)"
        case .invalidURL: return "transport: invalid URL"
        case .invalidRequest(let message): return "transport: invalid request: \(message)"
        case .responseTooLarge(let part, let limit): return "transport: response \(part) larger than \(limit) bytes"
        case .other(let code, let message): return "transport: error \(code): \(message)"
        }
    }

    /// True for failures where retrying the same request may succeed (timeouts, resets, refused connections).
    public var isTransient: Bool {
        switch self {
        case .timedOut, .connectionFailed, .connectionReset, .truncatedBody: return true
        case .tls, .invalidURL, .invalidRequest, .responseTooLarge, .other: return false
        }
    }
}
