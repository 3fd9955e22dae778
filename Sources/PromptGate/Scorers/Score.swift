/// A scorer's outcome for one case. "Could not score" is kept apart from "failed".
public enum ScoreStatus: String, Sendable, Codable {
    case pass, fail, unscored
}

/// The result of one scorer on one case: status, a value in 0...1, and reasons that name the
/// field, the rule and what was wrong.
public struct Score: Sendable, Equatable {
    public var scorer: String
    public var status: ScoreStatus
    public var value: Double
    public var reasons: [String]
    /// Per-field outcomes (the fields scorer).
    public var fields: [FieldOutcome]
    /// Structured details stored with the score (e.g. PII findings: type, path, offsets).
    public var details: JSONValue?
    /// Whether a failure of this scorer fails the case (set by the test set's `ScorerSet`).
    public var hard = true

    public init(
        scorer: String, status: ScoreStatus, value: Double, reasons: [String] = [], fields: [FieldOutcome] = [],
        details: JSONValue? = nil
    ) {
        self.scorer = scorer
        self.status = status
        self.value = value
        self.reasons = reasons
        self.fields = fields
        self.details = details
    }

    /// A passing score.
    public static func pass(_ scorer: String, value: Double = 1, details: JSONValue? = nil) -> Score {
        Score(scorer: scorer, status: .pass, value: value, details: details)
    }

    /// A failing score with its reasons.
    public static func fail(
        _ scorer: String, value: Double = 0, _ reasons: [String], details: JSONValue? = nil
    ) -> Score {
        Score(scorer: scorer, status: .fail, value: value, reasons: reasons, details: details)
    }

    /// A score that could not be computed, with why.
    public static func unscored(_ scorer: String, _ reason: String) -> Score {
        Score(scorer: scorer, status: .unscored, value: 0, reasons: [reason])
    }
}

/// How one field of the output compared with the expected value.
public struct FieldOutcome: Sendable, Equatable {
    /// match: equal under the field's matcher; mismatch: both present, different; missing: a value
    /// was expected and none given; unexpected: a value where null was expected.
    public enum Status: String, Sendable, Codable {
        case match, mismatch, missing, unexpected, ignored
    }

    public var path: String
    public var status: Status
    public var expected: JSONValue?
    public var actual: JSONValue?
    public var weight: Double
    public var matcher: String
    public var note: String?

    public init(
        path: String, status: Status, expected: JSONValue?, actual: JSONValue?, weight: Double, matcher: String,
        note: String? = nil
    ) {
        self.path = path
        self.status = status
        self.expected = expected
        self.actual = actual
        self.weight = weight
        self.matcher = matcher
        self.note = note
    }
}
