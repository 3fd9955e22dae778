/// The score stage: every scorer's verdict on one answer, and the case's verdict from them.
protocol ScoreStage: Sendable {
    func evaluate(_ output: ModelOutput, for testCase: TestCase) -> CaseEvaluation
}

extension ScorerSet: ScoreStage {}
