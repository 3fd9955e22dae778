/// Decides whether a candidate prompt is significantly worse than the baseline on the same cases:
/// exact McNemar for single pass/fail runs, the exact sign-flip test on noise-weighted per-case
/// pass fractions for repeated runs (valid however alike a case's repeats are), the paired
/// bootstrap for scores.
/// Each method gives its one-sided p-values and a (1 - 2 alpha) interval that agrees with them.
public struct SignificanceDecision: Sendable, Equatable, Hashable {
    /// Significance level of each one-sided test (default 0.05).
    public var alpha: Double
    /// Bootstrap settings for scores (resamples and seed; its confidence level is not used).
    public var bootstrap: PairedBootstrap

    /// Creates a decision rule; defaults are alpha = 0.05 and 10,000 bootstrap resamples with the fixed seed.
    public init(alpha: Double = 0.05, bootstrap: PairedBootstrap = PairedBootstrap()) {
        self.alpha = alpha
        self.bootstrap = bootstrap
    }

    /// Compares per-case repeat outcomes aligned by case (`baseline[i]` and `candidate[i]` are the
    /// same case; repeat counts may differ).
    public func decide(baseline: [[Bool]], candidate: [[Bool]]) throws(StatisticsError) -> SignificanceResult {
        guard baseline.count == candidate.count else {
            throw .mismatchedCaseCounts(baseline: baseline.count, candidate: candidate.count)
        }
        return try decide(zip(baseline, candidate).map { SignFlipTest.Case(baseline: $0.0, candidate: $0.1) })
    }

    /// Compares per-case pass counts: exact McNemar when every case ran once on each side,
    /// otherwise the exact sign-flip test on pass fractions.
    public func decide(_ cases: [SignFlipTest.Case]) throws(StatisticsError) -> SignificanceResult {
        try validateAlpha()
        guard !cases.isEmpty else { throw .empty(what: "cases") }
        for (index, item) in cases.enumerated() {
            if item.baselineRuns <= 0 { throw .caseWithoutRepeats(index: index, side: "baseline") }
            if item.candidateRuns <= 0 { throw .caseWithoutRepeats(index: index, side: "candidate") }
        }
        if cases.allSatisfy({ $0.baselineRuns == 1 && $0.candidateRuns == 1 }) {
            return mcNemar(cases)
        }
        let test = try SignFlipTest(alpha: alpha).run(cases)
        let baselineLevel =
            cases.reduce(0.0) { $0 + Double($1.baselinePasses) / Double($1.baselineRuns) } / Double(cases.count)
        let explanation = SignificanceExplanation(
            measure: .passRatePoints, effect: test.meanDifference * 100,
            weightedEffect: test.weightedMeanDifference * 100,
            interval: test.interval.scaled(by: 100), lowerPValue: test.lowerPValue, upperPValue: test.upperPValue,
            pValueIsBound: false, alpha: alpha, counts: nil)
        return SignificanceResult(
            method: .signFlip, measure: .passRatePoints, cases: cases.count,
            baselineLevel: baselineLevel * 100, candidateLevel: (baselineLevel + test.meanDifference) * 100,
            effect: test.meanDifference * 100, testedEffect: test.weightedMeanDifference * 100,
            interval: test.interval.scaled(by: 100),
            lowerPValue: test.lowerPValue, upperPValue: test.upperPValue, alpha: alpha,
            explanation: explanation.text, mcnemar: nil, signFlip: test)
    }

    /// Compares per-case scores aligned by case (e.g. each case's mean score over its repeats) with
    /// the paired bootstrap; the effect is the change in mean score, in the scorer's units.
    public func decide(
        baselineScores: [Double], candidateScores: [Double]
    ) throws(StatisticsError) -> SignificanceResult {
        try validateAlpha()
        let shift = try bootstrap.oneSided(baseline: baselineScores, candidate: candidateScores, alpha: alpha)
        let explanation = SignificanceExplanation(
            measure: .meanScore, effect: shift.effect, interval: shift.interval,
            lowerPValue: shift.lowerPValue, upperPValue: shift.upperPValue, pValueIsBound: shift.pValueIsBound,
            alpha: alpha, counts: nil)
        return SignificanceResult(
            method: .pairedBootstrap, measure: .meanScore, cases: baselineScores.count,
            baselineLevel: try Descriptive.mean(baselineScores), candidateLevel: try Descriptive.mean(candidateScores),
            effect: shift.effect, testedEffect: shift.effect, interval: shift.interval, lowerPValue: shift.lowerPValue,
            upperPValue: shift.upperPValue, alpha: alpha, explanation: explanation.text, mcnemar: nil, signFlip: nil)
    }

    private func validateAlpha() throws(StatisticsError) {
        guard alpha > 0, alpha < 0.5 else { throw .alphaOutOfRange(alpha) }
    }

    private func mcNemar(_ cases: [SignFlipTest.Case]) -> SignificanceResult {
        var bothPass = 0, regressions = 0, fixes = 0
        for item in cases {
            switch (item.baselinePasses == 1, item.candidatePasses == 1) {
            case (true, true): bothPass += 1
            case (true, false): regressions += 1
            case (false, true): fixes += 1
            case (false, false): break
            }
        }
        let count = Double(cases.count)
        let test = McNemar.exact(regressions: regressions, fixes: fixes)
        let interval = McNemar.conditionalInterval(test, cases: cases.count, alpha: alpha).scaled(by: 100)
        let effect = Double(fixes - regressions) / count * 100
        let explanation = SignificanceExplanation(
            measure: .passRatePoints, effect: effect, interval: interval, lowerPValue: test.lowerPValue,
            upperPValue: test.upperPValue, pValueIsBound: false, alpha: alpha, counts: (regressions, fixes))
        return SignificanceResult(
            method: .exactMcNemar, measure: .passRatePoints, cases: cases.count,
            baselineLevel: Double(bothPass + regressions) / count * 100,
            candidateLevel: Double(bothPass + fixes) / count * 100,
            effect: effect, testedEffect: effect, interval: interval, lowerPValue: test.lowerPValue,
            upperPValue: test.upperPValue,
            alpha: alpha, explanation: explanation.text, mcnemar: test, signFlip: nil)
    }
}
