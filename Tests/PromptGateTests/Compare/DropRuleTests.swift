import PromptGate
import Testing

/// The gate's noise-aware drop rule on exact McNemar results (p-values from
/// scipy.stats.binomtest, see McNemarTests), with the default 5-point maximum.
@Suite("Drop rule")
struct DropRuleTests {
    static func result(regressions: Int, fixes: Int, unchanged: Int, alpha: Double = 0.05) throws -> SignificanceResult {
        let pairs = Array(repeating: (true, false), count: regressions) + Array(repeating: (false, true), count: fixes)
            + Array(repeating: (true, true), count: unchanged)
        return try SignificanceDecision(alpha: alpha).decide(baseline: pairs.map { [$0.0] }, candidate: pairs.map { [$0.1] })
    }

    @Test func aSignificantDropFails() throws {
        // 12 vs 1: two-sided p = 0.0034.
        let rule = DropRule(try Self.result(regressions: 12, fixes: 1, unchanged: 47), maximumDrop: 5)
        #expect(rule == .significantDrop && rule.fails)
    }

    @Test func aDropBeyondTheMaximumThatIsUnlikelyNoiseFails() throws {
        // 9 vs 2 of 60: 11.7 points; two-sided p = 0.065 (not significant), one-sided 0.033 < 0.05.
        let rule = DropRule(try Self.result(regressions: 9, fixes: 2, unchanged: 49), maximumDrop: 5)
        #expect(rule == .beyondMaximum && rule.fails)
    }

    @Test func aDropBeyondTheMaximumWithinNoiseOnlyWarns() throws {
        // 5 vs 1 of 60: 6.7 points, one-sided p = 0.109: flaky cases flipping together.
        let rule = DropRule(try Self.result(regressions: 5, fixes: 1, unchanged: 54), maximumDrop: 5)
        #expect(rule == .beyondMaximumWithinNoise && !rule.fails)
    }

    @Test func aSmallDropPasses() throws {
        let rule = DropRule(try Self.result(regressions: 2, fixes: 1, unchanged: 57), maximumDrop: 5)
        #expect(rule == .ok && !rule.fails)
    }

    @Test func theMaximumAndAlphaAreHonoured() throws {
        // 9 vs 2 with a 25-point maximum: not beyond it, not significant two-sided.
        #expect(DropRule(try Self.result(regressions: 9, fixes: 2, unchanged: 49), maximumDrop: 25) == .ok)
        // At alpha = 0.01 the one-sided 0.033 no longer counts as unlikely noise.
        let strict = try Self.result(regressions: 9, fixes: 2, unchanged: 49, alpha: 0.01)
        #expect(DropRule(strict, maximumDrop: 5) == .beyondMaximumWithinNoise)
    }

    /// One-sided p of 2^-3000: the plain-words text must not overflow turning it into "1 time in N".
    @Test func anOverwhelmingDropIsDescribedWithoutOverflow() throws {
        let result = try Self.result(regressions: 3_000, fixes: 0, unchanged: 1_000)
        #expect(result.lowerPValue < 1e-300)
        #expect(result.dropExplanation.hasSuffix("less than 1 time in 10,000 (one-sided p < 0.0001)."))
        #expect(DropRule(result, maximumDrop: 5) == .significantDrop)
    }

    @Test func anImprovementNeverFails() throws {
        #expect(DropRule(try Self.result(regressions: 1, fixes: 12, unchanged: 47), maximumDrop: 5) == .ok)
    }
}
