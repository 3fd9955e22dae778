/// Removes secrets (API keys) from any text that may be stored, printed or logged: error bodies
/// that echo the key, command output, messages built from server replies.
public struct SecretRedactor: Sendable {
    /// What replaces a secret.
    public static let mask = "[redacted]"
    private let secrets: [String]
    /// The secrets as UTF-8, longest first, for `redact(bytes:)`.
    var secretBytes: [[UInt8]] { secrets.map { Array($0.utf8) } }

    /// Secrets shorter than 4 characters are ignored (they would mask ordinary text).
    public init(secrets: [String]) {
        self.secrets = secrets.filter { $0.utf8.count >= 4 }.sorted { $0.utf8.count > $1.utf8.count }
    }

    /// The text with every occurrence of every secret replaced by `mask`.
    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: Self.mask)
        }
        return result
    }

    /// A redacted, single-line excerpt of at most `limit` characters, for error messages; control
    /// characters (terminal escapes) are shown escaped.
    public func excerpt(_ text: String, limit: Int = 300) -> String {
        let flat = redact(text).split(whereSeparator: \.isNewline).joined(separator: " ").escapingControls()
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
