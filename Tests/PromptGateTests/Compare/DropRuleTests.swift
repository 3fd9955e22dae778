import PromptGate
import Testing

/// The gate's statistical rules on exact McNemar results (one-sided p-values from
/// scipy.stats.binom.cdf, see SignificanceDecisionTests), with the default 5-point maximum.
@Suite("Drop rule")
struct DropRuleTests {
    static func result(regressions: Int, fixes: Int, unchanged: Int, alpha: Double = 0.05) throws -> SignificanceResult
    {
        let pairs =
            Array(repeating: (true, false), count: regressions) + Array(repeating: (false, true), count: fixes)
            + Array(repeating: (true, true), count: unchanged)
        return try SignificanceDecision(alpha: alpha).decide(
            baseline: pairs.map { [$0.0] }, candidate: pairs.map { [$0.1] })
    }

    @Test func aSignificantDropFails() throws {
        // 9 vs 2: one-sided p = 0.033, whatever the maximum.
        let rule = DropRule.passRate(try Self.result(regressions: 9, fixes: 2, unchanged: 49), exceedsMaximum: false)
        #expect(rule == .significantDrop && rule.fails)
    }

    @Test func aBorderlineDropBeyondTheMaximumWarns() throws {
        // 7 vs 2 of 60: 8.3 points, one-sided p = 0.090, between alpha and 2 alpha.
        let rule = DropRule.passRate(try Self.result(regressions: 7, fixes: 2, unchanged: 51), exceedsMaximum: true)
        #expect(rule == .borderline && !rule.fails)
    }

    @Test func aDropBeyondTheMaximumThatIsLikelyNoisePasses() throws {
        // 5 vs 1 of 60: 6.7 points, one-sided p = 0.109 >= 2 alpha.
        #expect(
            DropRule.passRate(try Self.result(regressions: 5, fixes: 1, unchanged: 54), exceedsMaximum: true) == .ok)
    }

    @Test func alphaIsHonoured() throws {
        // At alpha = 0.01 the one-sided 0.033 is not significant (and not within 2 alpha either).
        #expect(
            DropRule.passRate(
                try Self.result(regressions: 9, fixes: 2, unchanged: 49, alpha: 0.01), exceedsMaximum: true) == .ok)
    }

    @Test func anOverwhelmingDropIsDescribedWithoutOverflow() throws {
        let result = try Self.result(regressions: 3_000, fixes: 0, unchanged: 1_000)
        #expect(result.lowerPValue < 1e-300)
        #expect(result.explanation.contains("less than 1 time in 10,000 (one-sided p < 0.0001)."))
        #expect(DropRule.passRate(result, exceedsMaximum: true) == .significantDrop)
    }

    @Test func anImprovementNeverFails() throws {
        #expect(
            DropRule.passRate(try Self.result(regressions: 1, fixes: 12, unchanged: 47), exceedsMaximum: false) == .ok)
    }

    /// The mean-score rule fails only when the drop is beyond its maximum and significant.
    @Test func meanScoreFailsOnlyBeyondItsMaximumAndSignificant() throws {
        let baseline = (0..<80).map { 0.6 + 0.3 * Double($0 % 5) / 4 }
        let small = baseline.enumerated().map { $0.offset % 2 == 0 ? $0.element - 0.02 : $0.element }
        let large = baseline.map { $0 - 0.08 }
        let decision = SignificanceDecision()
        let smallDrop = try decision.decide(baselineScores: baseline, candidateScores: small)
        #expect(smallDrop.significantDrop)
        #expect(DropRule.meanScore(smallDrop, maximumDrop: 0.05) == .ok)
        let largeDrop = try decision.decide(baselineScores: baseline, candidateScores: large)
        #expect(DropRule.meanScore(largeDrop, maximumDrop: 0.05) == .beyondMaximum)
        #expect(DropRule.meanScore(largeDrop, maximumDrop: 0.08) == .ok)  // exactly the maximum is not beyond it
    }

    /// 1,920 steady cases lose one pass of three while 2,080 noisy ones gain one: the plain pass
    /// rate rises 1.3 points, but weighted by each case's noise the change is a drop (one-sided
    /// p = 0.010). The gate follows its test and names the noise-weighted drop, never "dropped -1.3".
    @Test func aNoiseWeightedDropUnderARisingPassRateSaysSo() throws {
        let steady = SignFlipTest.Case(baselinePasses: 3, baselineRuns: 3, candidatePasses: 2, candidateRuns: 3)
        let noisy = SignFlipTest.Case(baselinePasses: 1, baselineRuns: 3, candidatePasses: 2, candidateRuns: 3)
        let items = (0..<4_000).map { index in
            PairedOutcomes.Item(
                caseID: String(index), counts: index < 1_920 ? steady : noisy, baselineScore: 0.9, candidateScore: 0.9)
        }
        let outcome = GateStatistics.evaluate(PairedOutcomes(items: items), policy: GatePolicy(), resamples: 200)
        let passRate = try #require(outcome.passRate)
        #expect(passRate.effect > 0 && passRate.testedEffect < 0 && passRate.significantDrop)
        let rule = try #require(outcome.rules.first { $0.rule == "pass_rate" })
        #expect(rule.outcome == .fail)
        #expect(rule.message.hasPrefix("noise-weighted pass rate dropped "), "\(rule.message)")
        #expect(
            passRate.explanation.contains("Pass rate rose 1.3 points (noise-weighted change -"),
            "\(passRate.explanation)")
        #expect(passRate.explanation.contains("a drop at least this large"))
    }
}
