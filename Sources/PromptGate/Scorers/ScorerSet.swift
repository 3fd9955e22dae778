/// The scorers a test set runs, which of them are hard, and their weights. A case passes when
/// every hard scorer passes; its score is the weighted mean of the scorers that scored.
public struct ScorerSet: Sendable {
    public let scorers: [any Scorer]
    let hard: Set<String>?
    let weights: [String: Double]

    /// The registry's scorers that apply to a test set and output mode, in registry order.
    public init(testSet: TestSet, output: OutputMode) {
        let context = ScorerContext(testSet: testSet, output: output)
        let scorers: [any Scorer] = ScorerRegistry.all.compactMap { $0.make(for: context) }
        self.init(scorers: scorers, hard: testSet.settings.hardScorers, weights: testSet.settings.scorerWeights)
    }

    public init(scorers: [any Scorer], hard: Set<String>? = nil, weights: [String: Double] = [:]) {
        self.scorers = scorers
        self.hard = hard
        self.weights = weights
    }

    /// The ids of the scorers in this set.
    public var ids: [String] { scorers.map { type(of: $0).id } }

    /// Runs every scorer, adds the refusal finding when there is one, and decides the verdict.
    public func evaluate(_ output: ModelOutput, for testCase: TestCase) -> CaseEvaluation {
        var scores = scorers.map { $0.score(output, for: testCase) }
        if let refusal = RefusalFinding.score(output) { scores.insert(refusal, at: 0) }
        return decide(scores)
    }

    /// Verdict and mean score from scores already computed.
    public func decide(_ scores: [Score]) -> CaseEvaluation {
        let scores = scores.map { score in
            var s = score
            s.hard = isHard(score.scorer)
            return s
        }
        var reasons: [String] = []
        for score in scores where score.status == .fail && score.hard {
            reasons += score.reasons.map { "\(score.scorer): \($0)" }
        }
        var total = 0.0, weighted = 0.0
        for score in scores where score.status != .unscored {
            let w = weights[score.scorer] ?? 1
            total += w
            weighted += w * score.value
        }
        return CaseEvaluation(
            scores: scores, verdict: reasons.isEmpty ? .pass : .fail, score: total > 0 ? weighted / total : 0,
            reasons: reasons)
    }

    /// True when a failure of `scorer` fails the case, as the scorer declares it (a refusal always does).
    public func isHard(_ scorer: String) -> Bool {
        switch ScorerRegistry.hardness(of: scorer) {
        case .always: return true
        case .configurable(let byDefault): return hard?.contains(scorer) ?? byDefault
        }
    }
}
