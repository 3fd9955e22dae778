import Foundation
@testable import PromptGate
import Testing

@Suite("Stratified permutation test")
struct StratifiedPermutationTestTests {
    /// (baseline passes, baseline runs, candidate passes, candidate runs) per case.
    typealias Case = (Int, Int, Int, Int)

    static func outcomes(_ cases: [Case]) -> (baseline: [[Bool]], candidate: [[Bool]]) {
        (cases.map { runs(passes: $0.0, of: $0.1) }, cases.map { runs(passes: $0.2, of: $0.3) })
    }

    static func runs(passes: Int, of count: Int) -> [Bool] {
        (0..<count).map { $0 < passes }
    }

    static let twelveCasesThreeRuns: [Case] = [
        (3, 3, 1, 3), (3, 3, 2, 3), (2, 3, 0, 3), (3, 3, 3, 3), (1, 3, 1, 3), (3, 3, 2, 3),
        (0, 3, 0, 3), (2, 3, 1, 3), (3, 3, 3, 3), (3, 3, 1, 3), (2, 3, 2, 3), (1, 3, 0, 3),
    ]
    static let mixedRunCounts: [Case] = [(1, 1, 0, 2), (2, 3, 0, 1), (0, 2, 2, 2), (4, 5, 2, 5), (1, 2, 1, 3), (3, 3, 0, 3)]
    static let mcNemarTable: [Case] = Array(repeating: (1, 1, 0, 1), count: 9) + Array(repeating: (0, 1, 1, 1), count: 2)
        + Array(repeating: (1, 1, 1, 1), count: 20)

    /// Exact values from full enumeration of the null distribution (convolution of each case's
    /// scipy.stats.hypergeom), `stratified_exact` in scripts/statistics_reference_values.py:
    /// (cases, observed statistic, exact P(S <= s), informative cases). The Monte Carlo p-value
    /// (m + 1) / (B + 1) with B = 10,000 must lie within 4 standard errors of the exact value.
    static let exactReference: [([Case], Double, Double, Int)] = [
        (twelveCasesThreeRuns, -8.488772482752498, 0.0026660000000000026, 9),
        (mixedRunCounts, -4.4763089370289295, 0.0375892857142857, 6),
        // k = 1 is McNemar: scipy.stats.binomtest(9, 11, 0.5, alternative="greater").pvalue.
        (mcNemarTable, -7.0, 0.03271484375, 11),
    ]

    @Test("matches the exact null distribution", arguments: exactReference)
    func matchesExactEnumeration(cases: [Case], statistic: Double, exactLower: Double, informative: Int) throws {
        let data = Self.outcomes(cases)
        let result = try StratifiedPermutationTest().run(baseline: data.baseline, candidate: data.candidate)
        #expect(abs(result.statistic - statistic) < 1e-9)
        #expect(result.informativeCases == informative && result.cases == cases.count && result.draws == 10_000)
        let standardError = (exactLower * (1 - exactLower) / 10_000).squareRoot()
        #expect(abs(result.lowerPValue - exactLower) <= 4 * standardError + 1e-4, "\(result.lowerPValue) vs \(exactLower)")
        #expect(abs(result.pValue - min(1, 2 * min(result.lowerPValue, result.upperPValue))) < 1e-12)
        #expect(result.upperPValue > 0.9)
    }

    @Test func singleRunsAgreeWithOneSidedMcNemar() throws {
        let data = Self.outcomes(Self.mcNemarTable)
        let permutation = try StratifiedPermutationTest().run(baseline: data.baseline, candidate: data.candidate)
        let exact = McNemar.exact(regressions: 9, fixes: 2)
        #expect(abs(permutation.lowerPValue - exact.lowerPValue) < 0.007)
    }

    @Test func casesThatNeverChangeCarryNoInformation() throws {
        let data = Self.outcomes([(3, 3, 3, 3), (0, 3, 0, 3), (2, 2, 3, 3)])
        let result = try StratifiedPermutationTest().run(baseline: data.baseline, candidate: data.candidate)
        #expect(result.informativeCases == 0)
        #expect(result.pValue == 1 && result.lowerPValue == 1 && result.statistic == 0)
    }

    @Test func aMirroredChangeMirrorsTheTails() throws {
        let data = Self.outcomes(Self.twelveCasesThreeRuns)
        let worse = try StratifiedPermutationTest().run(baseline: data.baseline, candidate: data.candidate)
        let better = try StratifiedPermutationTest().run(baseline: data.candidate, candidate: data.baseline)
        #expect(abs(worse.statistic + better.statistic) < 1e-9)
        #expect(abs(worse.lowerPValue - better.upperPValue) < 0.003)
    }

    @Test func sameSeedSameResult() throws {
        let data = Self.outcomes(Self.mixedRunCounts)
        let test = StratifiedPermutationTest(draws: 2_000, seed: 5)
        #expect(try test.run(baseline: data.baseline, candidate: data.candidate)
            == test.run(baseline: data.baseline, candidate: data.candidate))
    }

    /// Large inputs (informative cases x draws >= 20 million) draw on two threads in two seeded
    /// streams: still reproducible, and still the null distribution. With thousands of cases the
    /// statistic is a sum of independent standardized deviations, so its null distribution is
    /// close to normal with variance = informative cases, which the one-sided p must match.
    @Test func largeInputsDrawOnTwoStreamsAndMatchTheNormalLimit() throws {
        var generator = SeededGenerator(seed: 5)
        var baseline: [[Bool]] = [], candidate: [[Bool]] = []
        for _ in 0..<10_000 {
            let p = 0.3 + 0.4 * generator.nextUnitDouble()
            baseline.append((0..<3).map { _ in generator.nextUnitDouble() < p })
            candidate.append((0..<3).map { _ in generator.nextUnitDouble() < p - 0.015 })
        }
        let test = StratifiedPermutationTest(draws: 2_200)
        let first = try test.run(baseline: baseline, candidate: candidate)
        #expect(first.informativeCases * 2_200 >= SeededWork.parallelDraws)
        #expect(try test.run(baseline: baseline, candidate: candidate) == first)
        let z = first.statistic / Double(first.informativeCases).squareRoot()
        let normal = 0.5 * erfc(-z / 2.0.squareRoot())
        #expect(abs(first.lowerPValue - normal) < 0.02, "permutation \(first.lowerPValue) vs normal \(normal)")
        #expect(first.lowerPValue < 0.5)
    }

    @Test func badInputIsAnError() {
        let test = StratifiedPermutationTest()
        #expect(throws: StatisticsError.empty(what: "cases")) { try test.run(baseline: [], candidate: []) }
        #expect(throws: StatisticsError.mismatchedCaseCounts(baseline: 1, candidate: 2)) {
            try test.run(baseline: [[true]], candidate: [[true], [false]])
        }
        #expect(throws: StatisticsError.caseWithoutRepeats(index: 1, side: "candidate")) {
            try test.run(baseline: [[true], [false]], candidate: [[true], []])
        }
        #expect(throws: StatisticsError.invalidCount(what: "Number of permutation draws", value: 0)) {
            try StratifiedPermutationTest(draws: 0).run(baseline: [[true]], candidate: [[false]])
        }
    }
}
