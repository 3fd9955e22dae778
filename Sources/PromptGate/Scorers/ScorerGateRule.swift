/// What a scorer adds to the gate's absolute rules (the ones that judge a version alone). The
/// gate reads the limit from its policy by `limit`; scorers naming the same rule are judged
/// together (an input echo counts as a PII finding). Plain data: the gate interprets it.
public struct ScorerGateRule: Sendable, Equatable {
    /// How the rule compares the run with its limit.
    public enum Check: Sendable, Equatable {
        /// The metric (a share) must reach the limit. Message: "schema validity 93.0% (required at
        /// least 95.0%); <noun> in 2 results: a, b".
        case minimumShare(metric: String)
        /// The findings over all results may not exceed the limit. Message: "3 <noun>s<qualifier>
        /// in 2 results: a, b".
        case maximumFindings
        /// The results where a scorer failed may not exceed the limit. Message: "<noun>s<qualifier>
        /// in 2 results: a, b".
        case maximumResults
    }

    /// The rule's name in the gate table (`schema_validity`, `pii`, …).
    public let rule: String
    /// The `gate:` policy key holding the limit (`min_schema_validity`, `max_pii_findings`, …).
    public let limit: String
    public let check: Check
    /// What is counted, singular (`PII finding`, `template leak`); the message adds the plural.
    public let noun: String
    /// Follows the counted noun in the message (` outside allowed fields`).
    public let qualifier: String
    /// The message when nothing was found (`no template leaks`).
    public let none: String
    /// Where the rule sits in the gate table: the scorers' rules sort by it (built-in: 10, 20, …).
    public let position: Int

    public init(
        rule: String, limit: String, check: Check, noun: String, qualifier: String = "", none: String, position: Int
    ) {
        self.rule = rule
        self.limit = limit
        self.check = check
        self.noun = noun
        self.qualifier = qualifier
        self.none = none
        self.position = position
    }
}
