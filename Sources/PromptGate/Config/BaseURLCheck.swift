import Foundation

/// What a provider's `base_url` may be: `http` or `https` only (libcurl would also fetch `file:`,
/// `gopher:` or `dict:` URLs), never with credentials in it (they would be stored with the run's
/// settings and sent as Basic auth), and a warning when a key would go in clear text to a host
/// that is not this machine.
enum BaseURLCheck {
    /// Appends an error or a warning about `url` for provider `name`, found at `line`.
    static func check(_ url: String, provider name: String, sendsKey: Bool, line: Int?, into bag: inout DiagnosticBag) {
        let file = ProjectConfig.fileName
        let parts = url.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) ? URLComponents(string: url) : nil
        if let scheme = parts?.scheme?.lowercased(), scheme != "http" && scheme != "https" {
            bag.append(
                .error(
                    file, line: line,
                    "provider `\(name)`: `base_url` uses the scheme `\(scheme)`; only http and https are allowed"))
            return
        }
        guard let parts, parts.scheme != nil, let host = parts.host, !host.isEmpty else {
            bag.append(
                .error(
                    file, line: line,
                    "provider `\(name)`: `base_url` must be an absolute http(s) URL such as https://api.openai.com/v1 (no spaces or control characters)"
                ))
            return
        }
        guard parts.user == nil && parts.password == nil else {
            bag.append(
                .error(
                    file, line: line,
                    "provider `\(name)`: `base_url` must not hold credentials (user:password@); put the key in the environment variable named by `api_key_env`"
                ))
            return
        }
        if parts.scheme?.lowercased() == "http" && sendsKey && !isLoopback(host) {
            bag.append(
                .warning(
                    file, line: line,
                    "provider `\(name)`: `base_url` is plain http to \(host): the API key would cross the network unencrypted; use https"
                ))
        }
    }

    /// localhost, 127.0.0.0/8 and ::1.
    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h.hasSuffix(".localhost") || h == "::1" || h.hasPrefix("127.")
    }
}
