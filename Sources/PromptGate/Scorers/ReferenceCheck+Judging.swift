/// Judging a reply by a reference check: the scorer side of the `ReferenceCheck` settings.
extension ReferenceCheck {
    /// Whether `reply` passes, and a note saying what was measured when it does not.
    func judge(_ reply: String, expected: JSONValue?) -> (passed: Bool, note: String?) {
        switch self {
        case .contains(let mode, let values, let caseSensitive):
            let terms = values ?? Self.texts(expected)
            guard !terms.isEmpty else { return (false, "no terms: the case's expected value holds no text") }
            let haystack = caseSensitive ? reply : FieldMatcher.normalize(reply)
            let found = terms.filter { haystack.contains(caseSensitive ? $0 : FieldMatcher.normalize($0)) }
            switch mode {
            case .any: return found.isEmpty ? (false, "none of \(Self.list(terms)) appears") : (true, nil)
            case .all:
                let missing = terms.filter { !found.contains($0) }
                return missing.isEmpty ? (true, nil) : (false, "missing \(Self.list(missing))")
            case .none: return found.isEmpty ? (true, nil) : (false, "holds \(Self.list(found))")
            }
        case .length(let minimum, let maximum, let inWords):
            let count = inWords ? reply.split(whereSeparator: \.isWhitespace).count : reply.count
            let unit = inWords ? "words" : "characters"
            if let minimum, count < minimum { return (false, "\(count) \(unit), fewer than \(minimum)") }
            if let maximum, count > maximum { return (false, "\(count) \(unit), more than \(maximum)") }
            return (true, nil)
        case .tokenF1(let threshold):
            guard let reference = Self.texts(expected).first else { return (false, "the expected value is not text") }
            let f1 = TokenF1.score(reply, reference: reference)
            return f1 >= threshold
                ? (true, nil) : (false, "token F1 \(Self.decimal(f1)) below \(Self.decimal(threshold))")
        }
    }

    /// The texts an expected value holds: a string, or the strings of a list.
    static func texts(_ value: JSONValue?) -> [String] {
        switch value {
        case .string(let text)?: return [text]
        case .array(let items)?: return items.compactMap(\.stringValue)
        default: return []
        }
    }

    private static func list(_ terms: [String]) -> String {
        terms.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ") + (terms.count > 5 ? ", …" : "")
    }

    /// `value` (0...1) with two decimals, e.g. "0.42".
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
