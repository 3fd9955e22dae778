/// Requires a configured field (e.g. the model's own `confidence`) to reach a threshold.
public struct ConfidenceScorer: Scorer {
    public static let id = "confidence"
    let rule: ConfidenceRule

    public init(rule: ConfidenceRule) {
        self.rule = rule
    }

    /// JSON output with a `confidence:` rule only.
    public static func make(for context: ScorerContext) -> ConfidenceScorer? {
        guard context.output == .json, let rule = context.settings.confidence else { return nil }
        return ConfidenceScorer(rule: rule)
    }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        guard let parsed = output.parsed.value else { return .unscored(Self.id, "the reply is not JSON") }
        guard let value = FieldPath.value(at: rule.field, in: parsed), !value.isNull else {
            return .fail(
                Self.id, ["\(rule.field): missing; expected a number of at least \(JSONWriter.number(rule.minimum))"])
        }
        guard let n = value.numberValue else {
            return .fail(Self.id, ["\(rule.field): expected a number, got \(value.typeName)"])
        }
        return n >= rule.minimum
            ? .pass(Self.id, value: min(1, max(0, n)))
            : .fail(
                Self.id, value: min(1, max(0, n)),
                ["\(rule.field): \(JSONWriter.number(n)) is below the threshold \(JSONWriter.number(rule.minimum))"])
    }
}
