/// A user's reference to a prompt: `name` (the latest version) or `name@vN`.
public struct PromptReference: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public let version: Int?

    public init(name: String, version: Int?) {
        self.name = name
        self.version = version
    }

    /// Parses `name`, `name@vN` or `name@N`; nil when it is not of that form.
    public init?(parsing text: String) {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, parts.count <= 2 else { return nil }
        name = String(first)
        guard parts.count == 2 else {
            version = nil
            return
        }
        var v = parts[1]
        if v.hasPrefix("v") { v = v.dropFirst() }
        guard let n = Int(v), n >= 1 else { return nil }
        version = n
    }

    public var description: String { version.map { "\(name)@v\($0)" } ?? name }
}
