import PromptGate
import Testing

@Suite("Significance decision")
struct SignificanceDecisionTests {
    /// Single-run outcomes from cell counts (both pass, regressions, fixes, both fail).
    static func singleRuns(
        _ bothPass: Int, _ regressions: Int, _ fixes: Int, _ bothFail: Int
    ) -> (baseline: [[Bool]], candidate: [[Bool]]) {
        let pairs =
            Array(repeating: (true, true), count: bothPass) + Array(repeating: (true, false), count: regressions)
            + Array(repeating: (false, true), count: fixes) + Array(repeating: (false, false), count: bothFail)
        return (pairs.map { [$0.0] }, pairs.map { [$0.1] })
    }

    /// One-sided p = scipy.stats.binom.cdf(2, 10, 0.5) = 0.0546875; interval from the
    /// Clopper-Pearson bounds (scipy.stats.beta.ppf(0.95, 3, 8) and beta.ppf(0.05, 2, 9)) mapped
    /// to the change in points: (10/60)(2 theta - 1) x 100 = -15.4410 to 0.2300.
    @Test func singleRunUsesExactMcNemarWithAnAgreeingInterval() throws {
        let runs = Self.singleRuns(40, 8, 2, 10)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.method == .exactMcNemar)
        #expect(result.methodName == "exact McNemar test")
        #expect(result.mcnemar?.regressions == 8 && result.mcnemar?.fixes == 2 && result.signFlip == nil)
        #expect(abs(result.effect - -10) < 1e-12)
        #expect(abs(result.baselineLevel - 80) < 1e-12 && abs(result.candidateLevel - 70) < 1e-12)
        #expect(abs(result.lowerPValue - 0.0546875) < 1e-12)
        #expect(abs(result.interval.lower - -15.44095207041783) < 1e-6)
        #expect(abs(result.interval.upper - 0.2300433687734138) < 1e-6)
        #expect(result.interval.level == 0.9)
        #expect(!result.significantDrop)
        #expect(
            result.explanation == "Pass rate fell 10.0 points (8 cases regressed, 2 fixed; 90% CI -15.4 to 0.2); "
                + "if both versions were equally good, a drop at least this large would happen by chance about 1 time in 18 "
                + "(one-sided p = 0.055). Not a significant drop (alpha = 0.05): the interval includes zero, so it may be noise."
        )
    }

    /// 9 regressions, 2 fixes: one-sided p = 0.0327 and the interval -17.1 to -1.1 say the same thing.
    @Test func significantSingleRunDrop() throws {
        let runs = Self.singleRuns(40, 9, 2, 9)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.significantDrop)
        #expect(abs(result.lowerPValue - 0.03271484375) < 1e-15)
        #expect(abs(result.interval.lower - -17.11162868491157) < 1e-6)
        #expect(abs(result.interval.upper - -1.0968173597635378) < 1e-6)
        #expect(
            result.explanation == "Pass rate fell 11.7 points (9 cases regressed, 2 fixed; 90% CI -17.1 to -1.1); "
                + "if both versions were equally good, a drop at least this large would happen by chance about 1 time in 31 "
                + "(one-sided p = 0.033). This is a significant drop (alpha = 0.05): the whole interval is below zero.")
    }

    @Test func significantImprovementIsNotADrop() throws {
        let runs = Self.singleRuns(40, 1, 12, 7)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.significantRise && result.effect > 0 && !result.significantDrop)
        #expect(abs(result.interval.lower - 7.958610193615036) < 1e-6)
        #expect(
            result.explanation.hasSuffix(
                "This is a significant improvement (alpha = 0.05): the whole interval is above zero."))
    }

    @Test func noChangeAtAll() throws {
        let runs = Self.singleRuns(30, 0, 0, 10)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.lowerPValue == 1 && result.effect == 0 && !result.significantDrop)
        #expect(
            result.explanation == "Pass rate did not change (0 cases regressed, 0 fixed; 90% CI 0.0 to 0.0); "
                + "no evidence of any difference (p = 1). No significant change (alpha = 0.05).")
    }

    /// The promise of one story: for every table, a significant drop is exactly an interval below
    /// zero, and a significant rise exactly an interval above zero, for McNemar and the sign-flip test.
    @Test(arguments: [1, 3])
    func intervalAndPValueNeverDisagree(repeats: Int) throws {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<300 {
            let cases = 10 + Int(generator.nextUnitDouble() * 60)
            let drift = generator.nextUnitDouble() * 0.4 - 0.2
            var baseline: [[Bool]] = [], candidate: [[Bool]] = []
            for _ in 0..<cases {
                let p = generator.nextUnitDouble()
                baseline.append((0..<repeats).map { _ in generator.nextUnitDouble() < p })
                candidate.append((0..<repeats).map { _ in generator.nextUnitDouble() < p + drift })
            }
            for alpha in [0.05, 0.1, 0.01] {
                let result = try SignificanceDecision(alpha: alpha).decide(baseline: baseline, candidate: candidate)
                #expect(result.significantDrop == (result.interval.upper < 0), "\(result.explanation)")
                #expect(result.significantRise == (result.interval.lower > 0), "\(result.explanation)")
                #expect(result.interval.contains(result.testedEffect))
            }
        }
    }

    /// Six cases that passed 3 of 3 and now fail 3 of 3, the rest unchanged: at the level of the
    /// case that is 6 flips all one way, p = 2^-6, whether the repeats were independent or copies.
    @Test func repeatsAreJudgedAtTheLevelOfTheCase() throws {
        let baseline = [[Bool]](repeating: [true, true, true], count: 60)
        let candidate = (0..<60).map { $0 < 6 ? [false, false, false] : [true, true, true] }
        let result = try SignificanceDecision().decide(baseline: baseline, candidate: candidate)
        #expect(result.method == .signFlip)
        #expect(result.lowerPValue == 0.015625)
        #expect(abs(result.effect - -10) < 1e-9)
        #expect(result.significantDrop && result.interval.upper < 0)
        #expect(result.explanation.contains("90% CI"))
    }

    @Test func mixedRepeatCountsUseTheSignFlipTest() throws {
        let baseline: [[Bool]] = [[true], [true, false, true], [false]]
        let candidate: [[Bool]] = [[true], [false], [false, false]]
        let result = try SignificanceDecision().decide(baseline: baseline, candidate: candidate)
        #expect(result.method == .signFlip)
        #expect(abs(result.baselineLevel - (1 + 2.0 / 3) / 3 * 100) < 1e-9)
        #expect(abs(result.effect - -(2.0 / 3) / 3 * 100) < 1e-9)
        #expect(result.lowerPValue == 0.5)  // one informative case: half the sign patterns are at or below
    }

    @Test func scoresUseBootstrapInScoreUnits() throws {
        let baseline = (0..<80).map { 0.6 + 0.3 * Double($0 % 5) / 4 }
        let candidate = baseline.enumerated().map { $0.offset % 2 == 0 ? $0.element - 0.1 : $0.element }
        let result = try SignificanceDecision().decide(baselineScores: baseline, candidateScores: candidate)
        #expect(result.measure == .meanScore && result.method == .pairedBootstrap)
        #expect(abs(result.effect - -0.05) < 1e-12)
        #expect(result.significantDrop)
        #expect(result.explanation.hasPrefix("Mean score fell 0.050 (90% CI"))
        #expect(result.interval.upper < 0)
    }

    @Test func identicalScoresAreNoChange() throws {
        let scores = (0..<20).map { Double($0) / 20 }
        let result = try SignificanceDecision().decide(baselineScores: scores, candidateScores: scores)
        #expect(result.lowerPValue == 1 && !result.significantDrop)
    }

    @Test func sameInputSameResult() throws {
        let data = TestData.passFractions(cases: 30)
        let baseline = TestData.outcomes(fractions: data.baseline)
        let candidate = TestData.outcomes(fractions: data.candidate)
        let decision = SignificanceDecision()
        #expect(
            try decision.decide(baseline: baseline, candidate: candidate)
                == decision.decide(baseline: baseline, candidate: candidate))
    }

    @Test func rejectsBadInput() {
        let decision = SignificanceDecision()
        #expect(throws: StatisticsError.mismatchedCaseCounts(baseline: 2, candidate: 1)) {
            try decision.decide(baseline: [[true], [false]], candidate: [[true]])
        }
        #expect(throws: StatisticsError.caseWithoutRepeats(index: 1, side: "candidate")) {
            try decision.decide(baseline: [[true], [false]], candidate: [[true], []])
        }
        #expect(throws: StatisticsError.empty(what: "cases")) { try decision.decide(baseline: [], candidate: []) }
        #expect(throws: StatisticsError.alphaOutOfRange(0)) {
            try SignificanceDecision(alpha: 0).decide(baseline: [[true]], candidate: [[true]])
        }
        #expect(throws: StatisticsError.nonFiniteValue(index: 0, side: "baseline")) {
            try decision.decide(baselineScores: [.infinity], candidateScores: [1])
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        let message = StatisticsError.caseWithoutRepeats(index: 4, side: "candidate").errorDescription ?? ""
        #expect(message.contains("index 4") && message.contains("rerun"))
    }
}
