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
}
