/// Checks of a whole free-text reply (`output: text`) from the `text:` section of `testset.yaml`:
/// reference checks (token F1, contains, length), edit similarity, normalized text or a regular
/// expression, against the case's `expected` text where a check needs one. Weighted like fields.
public struct TextScorer: Scorer {
    public static let id = "text"
    public static let metrics = [FieldScorer.accuracy]
    let rules: [FieldRule]
    let placeholders: Placeholders

    public init(settings: TestSetSettings) {
        self.rules = settings.textRules
        self.placeholders = Placeholders(settings.placeholders)
    }

    /// Free-text output only.
    public static func make(for context: ScorerContext) -> TextScorer? {
        context.output == .json ? nil : TextScorer(settings: context.settings)
    }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        guard !rules.isEmpty else {
            guard testCase.expected != nil else { return .unscored(Self.id, "no `text:` checks in testset.yaml") }
            return .unscored(
                Self.id,
                "the case's expected text is not compared: add a `text:` check to testset.yaml (e.g. `token_f1: { threshold: 0.6 }`)"
            )
        }
        let reply = JSONValue.string(output.text)
        let outcomes = rules.map { rule -> FieldOutcome in
            if needsReference(rule), testCase.expected == nil {
                return FieldOutcome(
                    path: rule.path, status: .ignored, expected: nil, actual: reply, weight: rule.weight,
                    matcher: rule.match.name, note: "the case has no expected text")
            }
            return FieldScorer.outcome(rule, expected: testCase.expected, actual: reply, placeholders: placeholders)
        }
        let scored = outcomes.filter { $0.status != .ignored }
        guard !scored.isEmpty else {
            return .unscored(Self.id, "every `text:` check needs the case's expected text, which it lacks")
        }
        let total = scored.reduce(0) { $0 + $1.weight }
        let matched = scored.filter { $0.status == .match }.reduce(0) { $0 + $1.weight }
        let reasons = scored.filter { $0.status != .match }.map { "\($0.matcher)\($0.note.map { ": \($0)" } ?? "")" }
        return Score(
            scorer: Self.id, status: reasons.isEmpty ? .pass : .fail, value: total > 0 ? matched / total : 1,
            reasons: reasons, fields: outcomes)
    }

    /// True when `rule` compares with the expected text.
    private func needsReference(_ rule: FieldRule) -> Bool {
        if case .reference(let check) = rule.match { return check.needsExpected }
        return true
    }
}
