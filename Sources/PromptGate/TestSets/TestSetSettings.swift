/// Scorer settings of a test set, from `testsets/<name>/testset.yaml`: how each field is matched,
/// where personal data is allowed, the confidence threshold, and which scorers are hard.
public struct TestSetSettings: Sendable, Equatable {
    /// The file's format version.
    public static let formatVersion = 1

    /// Field rules in file order; fields of the expected output with no rule are matched exactly.
    public var fields: [FieldRule] = []
    /// Checks of a whole free-text reply (`output: text`), from `text:`, in file order; each rule's
    /// `path` is its matcher's name.
    public var textRules: [FieldRule] = []
    public var pii = PIIPolicy()
    /// Which of a case's own values must not be echoed into other output fields.
    public var inputEcho = InputEchoPolicy()
    public var confidence: ConfidenceRule?
    /// Strings that count as a missing value; nil means the built-in list.
    public var placeholders: [String]?
    /// Scorer ids whose failure fails the case; nil means every scorer is hard.
    public var hardScorers: Set<String>?
    /// Weights of the scorers in a case's mean score (default 1 each).
    public var scorerWeights: [String: Double] = [:]
    /// Judge prompts that score parts of every answer (`judges:`), in file order.
    public var judges: [JudgeUse] = []
    /// The pairwise judge `compare` and `gate` ask which version answered better (`pairwise:`).
    public var pairwise: PairwiseUse?
    /// The line of each field's key under `fields:`, for messages.
    var fieldLines: [String: Int] = [:]

    public init() {}

    /// The rule for a field path, if one is configured.
    public func rule(for path: String) -> FieldRule? {
        fields.first { $0.path == path }
    }
}

/// How one field of the output is compared with the expected value.
public struct FieldRule: Sendable, Equatable {
    public var path: String
    public var match: FieldMatch
    public var weight: Double = 1

    public init(path: String, match: FieldMatch, weight: Double = 1) {
        self.path = path
        self.match = match
        self.weight = weight
    }
}

/// The matchers a field can use.
public enum FieldMatch: Sendable, Equatable {
    /// Equal JSON values.
    case exact
    /// Equal after Unicode normalization, case folding and white-space collapsing.
    case text
    /// Numbers within an absolute or relative tolerance.
    case number(absoluteTolerance: Double, relativeTolerance: Double)
    /// Dates equal once normalized to ISO 8601 (YYYY-MM-DD).
    case date
    /// One of a fixed set of values, compared exactly.
    case enumeration
    /// Lists equal as sets (order-insensitive), items compared as normalized text.
    case set
    /// Normalized edit-distance similarity at least the threshold (0...1).
    case fuzzy(threshold: Double)
    /// The actual value (as text) matches the regular expression as a whole (ECMA-262 syntax,
    /// compiled when the test set loads with scope `.wholeText`).
    case regex(pattern: ECMARegex)
    /// A reference check for free text: contains / contains_all / not_contains, length bounds,
    /// token F1 (see `ReferenceCheck`).
    case reference(ReferenceCheck)
    /// Not compared.
    case ignore

    /// The name used in `testset.yaml` and in reports.
    public var name: String {
        switch self {
        case .exact: return "exact"
        case .text: return "text"
        case .number: return "number"
        case .date: return "date"
        case .enumeration: return "enum"
        case .set: return "set"
        case .fuzzy: return "fuzzy"
        case .regex: return "regex"
        case .reference(let check): return check.name
        case .ignore: return "ignore"
        }
    }
}

/// Where personal data may appear in the output, and whether the inputs are known to be synthetic.
public struct PIIPolicy: Sendable, Equatable {
    /// Field path -> PII type names allowed there (e.g. `customer_email: [EMAIL]`).
    public var allowed: [String: Set<String>] = [:]
    /// True when the test set's inputs are declared synthetic, so `check` does not warn about them.
    public var inputsSynthetic = false
    /// Recording (`prompt@vN`) -> ids of cases whose recorded output holds personal data on purpose
    /// (an example showing the PII scorer at work): `check` does not warn about them.
    public var intendedInRecordings: [String: Set<String>] = [:]
    /// Which debatable forms (bare domains, test card numbers, obfuscated addresses) count.
    public var forms = PIIFormPolicy()

    public init() {}
}

/// A field that must reach a minimum value (e.g. the model's own confidence).
public struct ConfidenceRule: Sendable, Equatable {
    public var field: String
    public var minimum: Double
}
