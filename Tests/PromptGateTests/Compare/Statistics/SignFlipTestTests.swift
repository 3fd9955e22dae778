import PromptGate
import Testing

/// The exact sign-flip test against brute force over every sign pattern, and its edges.
@Suite("Sign-flip test")
struct SignFlipTestTests {
    /// Cases of three repeats on each side: (baseline passes, candidate passes, how many cases).
    static func threeRepeats(_ groups: [(baseline: Int, candidate: Int, count: Int)]) -> [SignFlipTest.Case] {
        groups.flatMap { group in
            [SignFlipTest.Case](
                repeating: .init(
                    baselinePasses: group.baseline, baselineRuns: 3, candidatePasses: group.candidate, candidateRuns: 3),
                count: group.count)
        }
    }
    /// A case's weighted difference in the test's integer units (rounded to 1/64, symmetrically).
    static func numerator(_ item: SignFlipTest.Case) -> Int {
        let magnitude = Int((abs(item.difference) * item.weight * 64).rounded())
        return item.difference < 0 ? -magnitude : magnitude
    }

    /// P(S* <= S) and P(S* >= S) by enumerating all 2^n sign patterns of the weighted differences.
    static func bruteForce(_ cases: [SignFlipTest.Case]) -> (lower: Double, upper: Double) {
        let values = cases.map(numerator)
        let observed = values.reduce(0, +)
        var below = 0, above = 0
        let patterns = 1 << values.count
        for mask in 0..<patterns {
            var sum = 0
            for (index, value) in values.enumerated() { sum += (mask >> index) & 1 == 1 ? -abs(value) : abs(value) }
            if sum <= observed { below += 1 }
            if sum >= observed { above += 1 }
        }
        return (Double(below) / Double(patterns), Double(above) / Double(patterns))
    }

    @Test func matchesBruteForceEnumeration() throws {
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<40 {
            let cases = (0..<12).map { _ -> SignFlipTest.Case in
                let runs = 1 + Int(generator.nextUnitDouble() * 4)
                let candidateRuns = generator.nextUnitDouble() < 0.8 ? runs : 1 + Int(generator.nextUnitDouble() * 4)
                return SignFlipTest.Case(
                    baselinePasses: Int(generator.nextUnitDouble() * Double(runs + 1)), baselineRuns: runs,
                    candidatePasses: Int(generator.nextUnitDouble() * Double(candidateRuns + 1)),
                    candidateRuns: candidateRuns)
            }
            let result = try SignFlipTest().run(cases)
            let reference = Self.bruteForce(cases)
            #expect(abs(result.lowerPValue - reference.lower) < 1e-12)
            #expect(abs(result.upperPValue - reference.upper) < 1e-12)
            #expect(result.exact)
        }
    }

    /// What keeps the test exact however alike a case's repeats are: swapping a case's versions
    /// negates its difference and leaves its weight unchanged.
    @Test func swappingVersionsNegatesTheDifferenceAndKeepsTheWeight() {
        for (b, kb, c, kc) in [(3, 3, 2, 3), (0, 3, 3, 3), (1, 2, 4, 5), (2, 3, 0, 1)] {
            let item = SignFlipTest.Case(baselinePasses: b, baselineRuns: kb, candidatePasses: c, candidateRuns: kc)
            let swapped = SignFlipTest.Case(baselinePasses: c, baselineRuns: kc, candidatePasses: b, candidateRuns: kb)
            #expect(item.weight == swapped.weight)
            #expect(Self.numerator(item) == -Self.numerator(swapped))
        }
    }

    /// Six steady cases that lose one of three passes, beside ten noisy cases trading one pass
    /// either way: counted alike (the unweighted sum) the drop has p = 0.105; weighted by each
    /// case's noise the steady cases count for more and p = 0.042.
    @Test func steadyCasesCountForMoreThanNoisyOnes() throws {
        let cases = SignFlipTestTests.threeRepeats([
            (3, 2, 6),
            (3, 3, 34),
            (1, 2, 5),
            (2, 1, 5),
        ])
        let result = try SignFlipTest().run(cases)
        #expect(abs(result.lowerPValue - 0.0422515869140625) < 1e-12)
        #expect(result.interval.upper < 0)
        #expect(abs(result.meanDifference - -2.0 / 50) < 1e-12)
    }

    /// Four cases that break outright (3/3 -> 0/3) beside steady cases that lose or gain one pass of
    /// three (six each way) and noisy ones trading one pass either way (two each way): weighted by
    /// each version's own spread, a case whose repeats agree within each version and differ between
    /// them counts most, and the drop has p = 21,817 / 2^19 = 0.0416 (weights from the two versions'
    /// runs pooled, which treat a 3/3 -> 0/3 case as a noisy 3-of-6 one, gave 0.061).
    @Test func casesThatBreakOutrightCountForMoreThanSteadyNoise() throws {
        let cases = SignFlipTestTests.threeRepeats([
            (3, 0, 4),
            (3, 2, 6),
            (2, 3, 6),
            (1, 2, 2),
            (2, 1, 2),
            (3, 3, 30),
        ])
        let result = try SignFlipTest().run(cases)
        #expect(result.lowerPValue == 21_817.0 / 524_288)
        #expect(result.interval.upper < 0)
    }

    /// Repeats that always agree (perfect correlation) carry one outcome per case and version: every
    /// informative case then has the same weight and the test is the sign test on whole cases.
    /// Six cases 3/3 -> 0/3 and two 0/3 -> 3/3: p = P(Binomial(8, 1/2) <= 2) = 37 / 256.
    @Test func identicalRepeatsGiveTheSignTestOnWholeCases() throws {
        let cases = SignFlipTestTests.threeRepeats([
            (3, 0, 6),
            (0, 3, 2),
            (3, 3, 30),
        ])
        let result = try SignFlipTest().run(cases)
        #expect(result.lowerPValue == 37.0 / 256)
        #expect(result.interval.upper >= 0)
    }

    /// The interval is the acceptance region moved to the noise-weighted change: symmetric about
    /// it, and below zero exactly when the one-sided p for a drop is below alpha.
    @Test func intervalIsTheAcceptanceRegion() throws {
        // 5 cases 3/3 -> 0/3 (equal weights): p = 2^-5 = 0.03125; 4 cases: p = 0.0625.
        for (broken, significant) in [(5, true), (4, false)] {
            let cases = (0..<40).map { index in
                SignFlipTest.Case(
                    baselinePasses: 3, baselineRuns: 3, candidatePasses: index < broken ? 0 : 3, candidateRuns: 3)
            }
            let result = try SignFlipTest().run(cases)
            #expect(result.lowerPValue == (significant ? 0.03125 : 0.0625))
            #expect((result.interval.upper < 0) == significant)
            #expect(abs((result.interval.lower + result.interval.upper) / 2 - result.weightedMeanDifference) < 1e-12)
            #expect(abs(result.meanDifference - -Double(broken) / 40) < 1e-12)
        }
    }

    @Test func noInformativeCaseGivesPOfOne() throws {
        let cases = [SignFlipTest.Case](
            repeating: SignFlipTest.Case(baselinePasses: 2, baselineRuns: 3, candidatePasses: 2, candidateRuns: 3),
            count: 10)
        let result = try SignFlipTest().run(cases)
        #expect(result.lowerPValue == 1 && result.upperPValue == 1 && result.informativeCases == 0)
    }

    @Test func rejectsBadInput() {
        #expect(throws: StatisticsError.empty(what: "cases")) { try SignFlipTest().run([]) }
        #expect(throws: StatisticsError.caseWithoutRepeats(index: 0, side: "baseline")) {
            try SignFlipTest().run([
                SignFlipTest.Case(baselinePasses: 0, baselineRuns: 0, candidatePasses: 0, candidateRuns: 1)
            ])
        }
        #expect(throws: StatisticsError.invalidCount(what: "Candidate passes of case 0", value: 4)) {
            try SignFlipTest().run([
                SignFlipTest.Case(baselinePasses: 0, baselineRuns: 3, candidatePasses: 4, candidateRuns: 3)
            ])
        }
    }
}

/// The minimum detectable drop and the cases needed, against the closed form.
@Suite("Power analysis")
struct PowerAnalysisTests {
    /// (1.6449 + 0.8416)^2 x 2 x 0.85 x 0.15 / 3 / 0.1^2 = 52.6 -> 53 cases for a 10-point drop at k = 3.
    @Test func casesNeededMatchesTheClosedForm() {
        let analysis = PowerAnalysis()
        #expect(analysis.casesNeeded(drop: 0.10, repeats: 3, passRate: 0.85, correlation: 0) == 53)
        // Repeats that always agree are worth one run: k = 3 at rho = 1 needs what k = 1 needs.
        #expect(
            analysis.casesNeeded(drop: 0.10, repeats: 3, passRate: 0.85, correlation: 1)
                == analysis.casesNeeded(drop: 0.10, repeats: 1, passRate: 0.85, correlation: 0))
    }

    @Test func detectableDropShrinksWithCasesAndRepeats() {
        let analysis = PowerAnalysis()
        let small = analysis.minimumDetectableDrop(cases: 60, repeats: 1, passRate: 0.85, correlation: 0)
        let more = analysis.minimumDetectableDrop(cases: 200, repeats: 1, passRate: 0.85, correlation: 0)
        let repeated = analysis.minimumDetectableDrop(cases: 60, repeats: 3, passRate: 0.85, correlation: 0)
        #expect(more < small && repeated < small)
        // Never below the smallest drop the exact test can call significant: 5 flips of 60 cases.
        #expect(analysis.minimumDetectableDrop(cases: 60, repeats: 1, passRate: 1, correlation: 0) == 5.0 / 60)
    }

    /// The floor the report states for drops confined to a few cases is the exact test's own: at
    /// the pass rate's alpha, m unanimous regressions are significant from m on, and m - 1 are not.
    @Test(arguments: [(0.04, 5), (0.01, 7), (0.032, 5), (0.008, 7)])
    func fewestDecisiveCasesIsWhereTheExactTestFirstRejects(alpha: Double, cases: Int) {
        let analysis = PowerAnalysis(alpha: alpha)
        #expect(analysis.fewestDecisiveCases == cases)
        #expect(McNemar.exact(regressions: cases, fixes: 0).lowerPValue < alpha)
        #expect(McNemar.exact(regressions: cases - 1, fixes: 0).lowerPValue >= alpha)
    }
}

/// Thousands of informative cases: the normal approximation, still in agreement with its interval.
@Suite("Sign-flip test, normal approximation")
struct SignFlipNormalApproximationTests {
    @Test func manyInformativeCasesGiveATestThatAgreesWithItsInterval() throws {
        // 2,060 steady cases lose one pass of three and 1,940 gain one (weighted 63/64 each); 1,000
        // noisy cases trade one pass either way (54/64): z = -120 x 63 / sqrt(4,000 x 63^2 + 1,000 x 54^2).
        let cases = SignFlipTestTests.threeRepeats([
            (3, 2, 2_060),
            (2, 3, 1_940),
            (1, 2, 500),
            (2, 1, 500),
        ])
        let result = try SignFlipTest().run(cases)
        #expect(!result.exact)
        #expect(abs(result.lowerPValue - 0.04058) < 0.0001)
        #expect(result.lowerPValue < 0.05 && result.interval.upper < 0)
        #expect(abs(result.meanDifference - -120.0 / 3 / 5_000) < 1e-12)
    }
}
