/// Checks that the answer is JSON and valid against the test set's schema; each violation names
/// the JSON Pointer of the field and the rule.
public struct SchemaScorer: Scorer {
    public static let id = "schema"
    /// The share of answers valid against the schema; `gate: min_schema_validity` is its floor.
    public static let validity = ScorerMetric(
        id: "schema_validity", label: "schema validity", tally: .passShare, position: 10)
    public static let metrics = [validity]
    public static let gateRule: ScorerGateRule? = ScorerGateRule(
        rule: "schema_validity", limit: "min_schema_validity", check: .minimumShare(metric: validity.id),
        noun: "invalid", none: "", position: 10)
    let schema: JSONSchema?

    public init(schema: JSONSchema?) {
        self.schema = schema
    }

    /// JSON output only, with the test set's schema compiled once when it was loaded.
    public static func make(for context: ScorerContext) -> SchemaScorer? {
        context.output == .json ? SchemaScorer(schema: context.testSet.validator) : nil
    }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        guard let value = output.parsed.value else {
            let why = output.parsed.error.map { ": \($0)" } ?? ""
            let hint = output.stopReason == .length ? " (the reply was cut off at max_tokens)" : ""
            return .fail(Self.id, ["the reply is not JSON\(why)\(hint)"])
        }
        guard let schema else { return .pass(Self.id) }
        let violations = output.schemaViolations ?? schema.validate(value)
        if violations.isEmpty { return .pass(Self.id) }
        let details: JSONValue = .array(
            violations.map {
                [
                    "instance_path": .string($0.instancePath), "schema_path": .string($0.schemaPath),
                    "message": .string($0.message),
                ]
            })
        return .fail(Self.id, violations.map(\.description), details: details)
    }
}
