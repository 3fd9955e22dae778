/// Scores an answer by the verdicts of the test set's judges (`judges:` in testset.yaml): fails
/// when a judge's verdict is below its threshold, unscored when no judge could give one. Each
/// verdict, its reason and the judge's tokens and cost are kept in the score's details.
public struct JudgeScorer: Scorer {
    public static let id = "judge"

    public init() {}

    /// Only for a test set that names judges (`judges:`).
    public static func make(for context: ScorerContext) -> JudgeScorer? {
        context.settings.judges.isEmpty ? nil : JudgeScorer()
    }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        let judgements = output.judgements
        guard !judgements.isEmpty else { return .unscored(Self.id, "no judge answered") }
        let details = JSONValue.array(judgements.map(\.json))
        let values = judgements.compactMap(\.value)
        guard !values.isEmpty else {
            var score = Score.unscored(
                Self.id,
                judgements.compactMap { j in j.problem.map { "\(j.judge) on \(j.target): \($0)" } }.joined(
                    separator: "; "))
            score.details = details
            return score
        }
        let value = values.reduce(0, +) / Double(values.count)
        let failed = judgements.filter { $0.passed == false }
        guard failed.isEmpty else {
            return .fail(Self.id, value: value, failed.map(Self.reason), details: details)
        }
        return .pass(Self.id, value: value, details: details)
    }

    /// "judge-summary@v1 on summary: 2/5, below 4: <reason>".
    static func reason(_ j: Judgement) -> String {
        let verdict = j.verdict.map(j.scale.label) ?? "no verdict"
        let bound = j.scale == .passFail ? "" : ", below \(j.threshold)"
        return "\(j.judge) on \(j.target): \(verdict)\(bound)" + (j.reason.isEmpty ? "" : ": \(j.reason)")
    }
}
