import Foundation

/// Strings models write instead of leaving a field empty ("N/A", "unknown", "<customer_name>").
/// A placeholder counts as a missing value.
public struct Placeholders: Sendable, Equatable {
    /// The built-in list, compared case-insensitively after trimming.
    public static let defaultList = [
        "n/a", "na", "unknown", "none", "null", "nil", "", "-", "--", "tbd", "not provided", "not specified",
        "not available", "not mentioned", "no data", "?",
    ]

    let values: Set<String>

    public init(_ list: [String]? = nil) {
        values = Set((list ?? Self.defaultList).map(Placeholders.normalize))
    }

    /// True when `value` is a placeholder string: a listed word or a `<name>`-style echo.
    public func isPlaceholder(_ value: JSONValue) -> Bool {
        guard case .string(let s) = value else { return false }
        let normalized = Placeholders.normalize(s)
        if values.contains(normalized) { return true }
        return Placeholders.isAngleEcho(normalized)
    }

    static func normalize(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// `<customer_name>`, `[name]`, `{email}`: a slot name echoed instead of a value.
    static func isAngleEcho(_ s: String) -> Bool {
        guard s.count >= 3, let first = s.first, let last = s.last else { return false }
        let pairs: [Character: Character] = ["<": ">", "[": "]", "{": "}"]
        guard pairs[first] == last else { return false }
        let inner = s.dropFirst().dropLast()
        return !inner.isEmpty && inner.allSatisfy { $0.isLetter || $0 == "_" || $0 == " " || $0 == "-" }
    }
}
