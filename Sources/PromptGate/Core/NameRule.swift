/// What may name a prompt or a test set: one path component that stays inside its folder.
/// Names are joined into paths (`prompts/<name>/v<N>.md`, `reports/<name>/…`), so `../x`, `a/b`,
/// hidden names and control characters are refused before any path is built.
public enum NameRule {
    /// The longest name a file system takes as one component, in UTF-8 bytes.
    public static let maxBytes = 200

    /// Why `name` cannot be a prompt or test-set name, in words that finish "the name …"; nil when it can.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "is empty" }
        if name.hasPrefix(".") { return "starts with a dot (`.`, `..` and hidden folders are not names)" }
        if name.contains("/") || name.contains("\\") {
            return "contains a path separator (`/` or `\\`); a name is one folder name"
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "contains a control character"
        }
        if name.contains("@") { return "contains `@`, which separates the name from the version" }
        if name.utf8.count > maxBytes { return "is longer than \(maxBytes) bytes" }
        return nil
    }
}
