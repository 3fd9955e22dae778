import CCurl
import Foundation

/// Maps libcurl result codes to `TransportError`, scrubbing secrets from the message.
package enum CurlErrorMapping {
    /// Builds the typed error for a failed transfer; `detail` is libcurl's error buffer (may be empty).
    package static func error(for code: CURLcode, detail: String, secrets: [String]) -> TransportError {
        let message = scrub(detail.isEmpty ? strerror(code) : detail, secrets: secrets)
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            return .timedOut
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return .connectionFailed(message)
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_HTTP2_STREAM:
            return .connectionReset
        case CURLE_PARTIAL_FILE:
            return .truncatedBody
        case CURLE_WEIRD_SERVER_REPLY:
            return .other(code: Int(code.rawValue), message: "the server's reply is not HTTP (\(message))")
        case CURLE_UNSUPPORTED_PROTOCOL where message.contains("HTTP/0.9"):
            // libcurl's word for bytes that are not an HTTP response at all.
            return .other(code: Int(code.rawValue), message: "the server's reply is not HTTP (\(message))")
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return .invalidURL
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND,
            CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED,
            CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH,
            CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT, CURLE_USE_SSL_FAILED:
            return .tls(message)
        default:
            return .other(code: Int(code.rawValue), message: message)
        }
    }

    /// libcurl's static text for a code.
    static func strerror(_ code: CURLcode) -> String {
        guard let text = pg_curl_easy_strerror(code) else { return "curl error \(code.rawValue)" }
        return String(cString: text)
    }

    /// Replaces every occurrence of a secret (request header value of 4+ characters) with "[redacted]".
    static func scrub(_ message: String, secrets: [String]) -> String {
        var result = message
        for secret in secrets where secret.utf8.count >= 4 && result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: "[redacted]")
        }
        return result
    }
}
