import PromptGate
import Testing

@Suite("Exact McNemar test")
struct McNemarTests {
    /// (regressions b, fixes c, p). Expected p-values computed with SciPy 1.17.1:
    /// `scipy.stats.binomtest(b, b + c, 0.5).pvalue` (two-sided; 1.0 used for b + c = 0,
    /// where binomtest is undefined). See Scripts/reference_values.py.
    static let scipyReference: [(Int, Int, Double)] = [
        (0, 0, 1.0),
        (1, 0, 1.0),
        (0, 1, 1.0),
        (5, 1, 0.21875),
        (10, 2, 0.03857421875),
        (3, 3, 1.0),
        (25, 10, 0.016673847800120715),
        (100, 70, 0.025844387581341693),
        (1000, 900, 0.023108845108901193),
        (0, 7, 0.015625),
        (12, 30, 0.007915897334896727),
        (50500, 49500, 0.0015823598788515154),
        (49000, 51000, 2.5887160383468943e-10),
    ]

    /// (b, c, one-sided p) from `scipy.stats.binomtest(b, b + c, 0.5, alternative="greater").pvalue`,
    /// SciPy 1.17.1 (scripts/statistics_reference_values.py): small when regressions outnumber fixes.
    static let oneSidedReference: [(Int, Int, Double)] = [
        (5, 1, 0.109375), (10, 2, 0.019287109375), (25, 10, 0.008336923900060357), (3, 3, 0.65625),
        (0, 7, 1.0), (100, 70, 0.012922193790670847), (12, 30, 0.9985563760128571),
        (1000, 900, 0.011554422554450597), (9, 2, 0.03271484375),
    ]

    @Test("one-sided p-value matches scipy.stats.binomtest(alternative: greater)", arguments: oneSidedReference)
    func oneSidedMatchesScipy(b: Int, c: Int, expected: Double) {
        let result = McNemar.exact(regressions: b, fixes: c)
        #expect(
            abs(result.lowerPValue - expected) <= 1e-9 * expected, "b=\(b) c=\(c): \(result.lowerPValue) vs \(expected)"
        )
    }

    @Test("p-value matches scipy.stats.binomtest", arguments: scipyReference)
    func matchesScipy(b: Int, c: Int, expected: Double) {
        let result = McNemar.exact(regressions: b, fixes: c)
        #expect(abs(result.pValue - expected) <= 1e-9 * expected, "b=\(b) c=\(c): \(result.pValue) vs \(expected)")
        #expect(result.regressions == b && result.fixes == c && result.discordant == b + c)
    }

    /// Small tables (b + c <= 50) are computed exactly: dyadic p-values match scipy bit for bit.
    @Test(arguments: [(5, 1, 0.21875), (10, 2, 0.03857421875), (0, 7, 0.015625), (3, 2, 1.0)])
    func smallTablesAreExact(b: Int, c: Int, expected: Double) {
        #expect(McNemar.exact(regressions: b, fixes: c).pValue == expected)
    }

    /// Both code paths agree where they meet (b + c = 50 exact, 51 in log space).
    @Test func exactAndLogSpacePathsAgree() {
        let exact = McNemar.exact(regressions: 17, fixes: 33).pValue
        let logSpace = McNemar.exact(regressions: 17, fixes: 34).pValue
        // scipy.stats.binomtest(17, 50, 0.5).pvalue = 0.032839137564268484,
        // scipy.stats.binomtest(17, 51, 0.5).pvalue = 0.024092907698449295
        #expect(abs(exact - 0.032839137564268484) <= 1e-15 * 0.032839137564268484)
        #expect(abs(logSpace - 0.024092907698449295) <= 1e-9 * 0.024092907698449295)
    }

    @Test(arguments: [(5, 1), (25, 10), (1000, 900), (0, 7)])
    func symmetricInDirection(b: Int, c: Int) {
        #expect(McNemar.exact(regressions: b, fixes: c).pValue == McNemar.exact(regressions: c, fixes: b).pValue)
    }

    @Test func extremeImbalanceUnderflowsToZeroWithoutNaN() {
        // scipy also returns 0.0 for binomtest(60000, 100000, 0.5) (true value ~1e-2000).
        let result = McNemar.exact(regressions: 60_000, fixes: 40_000)
        #expect(result.pValue == 0)
        #expect(McNemar.exact(regressions: 100_000, fixes: 0).pValue == 0)
    }

    @Test func negativeCountsAreTreatedAsZero() {
        #expect(McNemar.exact(regressions: -3, fixes: 0).pValue == 1)
    }
}
