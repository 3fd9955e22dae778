/// Reference checks for free text that need no model: whether a reply holds given terms, stays
/// within length bounds, or is close enough to a reference by token F1 or edit similarity.
public enum ReferenceCheck: Sendable, Equatable {
    /// How `contains` checks combine their terms.
    public enum Terms: String, Sendable {
        /// At least one term appears.
        case any = "contains"
        /// Every term appears.
        case all = "contains_all"
        /// No term appears.
        case none = "not_contains"
    }

    /// The reply holds the terms as `mode` says. `values` nil means the case's `expected` value (a
    /// text or a list of texts) supplies them. Matched on normalized text unless case-sensitive.
    case contains(mode: Terms, values: [String]?, caseSensitive: Bool)
    /// Length in characters or words within bounds (either bound may be absent).
    case length(minimum: Int?, maximum: Int?, inWords: Bool)
    /// Token F1 with the expected text at least `threshold` (0...1).
    case tokenF1(threshold: Double)

    /// True when the check compares with the case's `expected` value.
    public var needsExpected: Bool {
        switch self {
        case .contains(_, let values, _): return values == nil
        case .length: return false
        case .tokenF1: return true
        }
    }

    /// The name used in `testset.yaml` and reports.
    public var name: String {
        switch self {
        case .contains(let mode, _, _): return mode.rawValue
        case .length: return "length"
        case .tokenF1: return "token_f1"
        }
    }

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
            return f1 >= threshold ? (true, nil) : (false, "token F1 \(Self.decimal(f1)) below \(Self.decimal(threshold))")
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
