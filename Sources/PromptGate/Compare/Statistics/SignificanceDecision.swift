/// Decides whether a candidate prompt is significantly worse than the baseline on the same cases:
/// exact McNemar for single pass/fail runs, the exact permutation test stratified by case for
/// repeated pass/fail runs (with a paired-bootstrap interval), the paired bootstrap for scores.
public struct SignificanceDecision: Sendable, Equatable, Hashable {
    /// Significance level; a drop is significant when the two-sided p < alpha (default 0.05).
    public var alpha: Double
    /// Bootstrap settings; its confidence level is replaced by 1 - alpha so the interval matches the test.
    public var bootstrap: PairedBootstrap
    /// Permutation test settings, for pass/fail runs with repeats.
    public var permutation: StratifiedPermutationTest

    /// Creates a decision rule; defaults are alpha = 0.05, 10,000 resamples and 10,000
    /// permutation draws with the fixed seed.
    public init(
        alpha: Double = 0.05, bootstrap: PairedBootstrap = PairedBootstrap(),
        permutation: StratifiedPermutationTest = StratifiedPermutationTest()
    ) {
        self.alpha = alpha
        self.bootstrap = bootstrap
        self.permutation = permutation
    }

    /// Compares per-case repeat outcomes aligned by case (`baseline[i]` and `candidate[i]` are the
    /// same case). Uses the exact McNemar test when every case has exactly one outcome on each side,
    /// otherwise the stratified permutation test for the p-value and the paired bootstrap on
    /// per-case pass fractions for the interval (repeat counts may differ).
    public func decide(baseline: [[Bool]], candidate: [[Bool]]) throws(StatisticsError) -> SignificanceResult {
        try validateAlpha()
        guard baseline.count == candidate.count else {
            throw .mismatchedCaseCounts(baseline: baseline.count, candidate: candidate.count)
        }
        guard !baseline.isEmpty else { throw .empty(what: "cases") }
        for index in baseline.indices {
            if baseline[index].isEmpty { throw .caseWithoutRepeats(index: index, side: "baseline") }
            if candidate[index].isEmpty { throw .caseWithoutRepeats(index: index, side: "candidate") }
        }
        let singleRun = baseline.allSatisfy { $0.count == 1 } && candidate.allSatisfy { $0.count == 1 }
        if singleRun {
            return try mcNemar(baseline: baseline.map { $0[0] }, candidate: candidate.map { $0[0] })
        }
        return try bootstrapped(
            baseline: baseline.map(Self.passFraction), candidate: candidate.map(Self.passFraction),
            measure: .passRatePoints, test: try permutation.run(baseline: baseline, candidate: candidate))
    }

    /// Compares per-case scores aligned by case (e.g. each case's mean score over its repeats) with
    /// the paired bootstrap; the effect is the change in mean score, in the scorer's units.
    public func decide(baselineScores: [Double], candidateScores: [Double]) throws(StatisticsError) -> SignificanceResult {
        try validateAlpha()
        return try bootstrapped(baseline: baselineScores, candidate: candidateScores, measure: .meanScore)
    }

    private func validateAlpha() throws(StatisticsError) {
        guard alpha > 0, alpha < 1 else { throw .alphaOutOfRange(alpha) }
    }

    private static func passFraction(_ outcomes: [Bool]) -> Double {
        Double(outcomes.count(where: { $0 })) / Double(outcomes.count)
    }

    private func mcNemar(baseline: [Bool], candidate: [Bool]) throws(StatisticsError) -> SignificanceResult {
        var bothPass = 0, regressions = 0, fixes = 0, bothFail = 0
        for (before, after) in zip(baseline, candidate) {
            switch (before, after) {
            case (true, true): bothPass += 1
            case (true, false): regressions += 1
            case (false, true): fixes += 1
            case (false, false): bothFail += 1
            }
        }
        let cases = Double(baseline.count)
        let test = McNemar.exact(regressions: regressions, fixes: fixes)
        let interval = try ConfidenceInterval.newcombePaired(
            bothPass: bothPass, regressions: regressions, fixes: fixes, bothFail: bothFail,
            confidence: 1 - alpha)
        let effect = Double(fixes - regressions) / cases * 100
        let significantDrop = test.pValue < alpha && effect < 0
        let explanation = SignificanceExplanation(
            measure: .passRatePoints, effect: effect, interval: interval.scaled(by: 100),
            pValue: test.pValue, lowerPValue: test.lowerPValue, pValueIsBound: false, alpha: alpha,
            significantDrop: significantDrop, counts: (regressions, fixes))
        return SignificanceResult(
            method: .exactMcNemar, measure: .passRatePoints, cases: baseline.count,
            baselineLevel: Double(bothPass + regressions) / cases * 100,
            candidateLevel: Double(bothPass + fixes) / cases * 100,
            effect: effect, interval: interval.scaled(by: 100), pValue: test.pValue,
            lowerPValue: test.lowerPValue, alpha: alpha, significantDrop: significantDrop,
            explanation: explanation.text, dropExplanation: explanation.dropText,
            mcnemar: test, bootstrap: nil, permutation: nil)
    }

    /// The bootstrap's effect and interval, with the p-values of `test` when given (pass rates
    /// with repeats) and of the bootstrap itself otherwise (scores).
    private func bootstrapped(
        baseline: [Double], candidate: [Double], measure: SignificanceResult.Measure,
        test: PermutationTestResult? = nil
    ) throws(StatisticsError) -> SignificanceResult {
        var settings = bootstrap
        settings.confidence = 1 - alpha
        let result = try settings.run(baseline: baseline, candidate: candidate)
        let scale = measure == .passRatePoints ? 100.0 : 1.0
        let effect = result.observedDelta * scale
        let interval = result.interval.scaled(by: scale)
        let pValue = test?.pValue ?? result.pValue
        let lowerPValue = test?.lowerPValue ?? result.lowerPValue
        let pValueIsBound = test.map { $0.pValue <= 2 / Double($0.draws + 1) } ?? (result.farSideCount == 0)
        let significantDrop = pValue < alpha && effect < 0
        let explanation = SignificanceExplanation(
            measure: measure, effect: effect, interval: interval, pValue: pValue,
            lowerPValue: lowerPValue, pValueIsBound: pValueIsBound, alpha: alpha,
            significantDrop: significantDrop, counts: nil)
        return SignificanceResult(
            method: test == nil ? .pairedBootstrap : .stratifiedPermutation, measure: measure, cases: result.cases,
            baselineLevel: try Descriptive.mean(baseline) * scale,
            candidateLevel: try Descriptive.mean(candidate) * scale,
            effect: effect, interval: interval, pValue: pValue, lowerPValue: lowerPValue,
            alpha: alpha, significantDrop: significantDrop, explanation: explanation.text,
            dropExplanation: explanation.dropText, mcnemar: nil, bootstrap: result, permutation: test)
    }
}
