import PromptGate
import Testing

@Suite("Significance decision")
struct SignificanceDecisionTests {
    /// Single-run outcomes from cell counts (both pass, regressions, fixes, both fail).
    static func singleRuns(_ bothPass: Int, _ regressions: Int, _ fixes: Int, _ bothFail: Int) -> (baseline: [[Bool]], candidate: [[Bool]]) {
        let pairs = Array(repeating: (true, true), count: bothPass) + Array(repeating: (true, false), count: regressions)
            + Array(repeating: (false, true), count: fixes) + Array(repeating: (false, false), count: bothFail)
        return (pairs.map { [$0.0] }, pairs.map { [$0.1] })
    }

    /// p = scipy.stats.binomtest(2, 10, 0.5).pvalue = 0.109375; interval from the Newcombe
    /// reference (40, 8, 2, 10) in ConfidenceIntervalTests, in points.
    @Test func singleRunUsesExactMcNemar() throws {
        let runs = Self.singleRuns(40, 8, 2, 10)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.method == .exactMcNemar)
        #expect(result.methodName == "exact McNemar test")
        #expect(result.mcnemar?.regressions == 8 && result.mcnemar?.fixes == 2 && result.bootstrap == nil)
        #expect(abs(result.effect - -10) < 1e-12)
        #expect(abs(result.baselineLevel - 80) < 1e-12 && abs(result.candidateLevel - 70) < 1e-12)
        #expect(abs(result.pValue - 0.109375) < 1e-12)
        #expect(abs((result.interval?.lower ?? 0) - -20.657125528982384) < 1e-9)
        #expect(abs((result.interval?.upper ?? 0) - 0.6378192776767044) < 1e-9)
        #expect(!result.significantDrop)
        #expect(result.explanation == "Pass rate fell 10.0 points (8 cases regressed, 2 fixed; 95% CI -20.7 to 0.6); "
            + "if both versions were equally good, a change this large would happen by chance about 1 time in 9 "
            + "(p = 0.11). Not a significant drop (alpha = 0.05); it may be noise.")
    }

    /// p = scipy.stats.binomtest(1, 13, 0.5).pvalue = 0.00341796875; interval from the Python
    /// Newcombe port: newcombe(40, 12, 1, 7) = (-0.2980870785558012, -0.06895022968042694).
    @Test func significantSingleRunDrop() throws {
        let runs = Self.singleRuns(40, 12, 1, 7)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.significantDrop)
        #expect(abs(result.pValue - 0.00341796875) < 1e-15)
        #expect(result.explanation == "Pass rate fell 18.3 points (12 cases regressed, 1 fixed; 95% CI -29.8 to -6.9); "
            + "if both versions were equally good, a change this large would happen by chance about 1 time in 290 "
            + "(p = 0.0034). This is a significant drop (alpha = 0.05).")
    }

    @Test func significantImprovementIsNotADrop() throws {
        let runs = Self.singleRuns(40, 1, 12, 7)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.pValue < 0.05 && result.effect > 0 && !result.significantDrop)
        #expect(result.explanation.hasSuffix("This is a significant improvement (alpha = 0.05)."))
    }

    @Test func noChangeAtAll() throws {
        let runs = Self.singleRuns(30, 0, 0, 10)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.pValue == 1 && result.effect == 0 && !result.significantDrop)
        #expect(result.explanation.hasPrefix("Pass rate did not change (0 cases regressed, 0 fixed; 95% CI"))
        #expect(result.explanation.hasSuffix("no evidence of any difference (p = 1). No significant change (alpha = 0.05)."))
    }

    /// Interval checked with the Python port of the same generator and algorithm
    /// (`bootstrap_same_rng` in Scripts/reference_values.py, B = 10,000, default seed):
    /// (-0.48333333333333345, -0.40555555555555534), far-side count 0.
    @Test func pValueBeyondResolutionIsReportedAsABound() throws {
        let baseline = [[Bool]](repeating: [true, true, true], count: 60)
        let candidate = (0..<60).map { $0 % 3 == 0 ? [false, false, true] : [true, true, false] }
        let result = try SignificanceDecision().decide(baseline: baseline, candidate: candidate)
        #expect(result.significantDrop)
        #expect(result.explanation == "Pass rate fell 44.4 points (95% CI -48.3 to -40.6); if both versions were "
            + "equally good, a change this large would happen by chance less than 1 time in 5,000 (p < 0.0002). "
            + "This is a significant drop (alpha = 0.05).")
    }

    @Test func tinyExactPValueIsReportedAsABound() throws {
        let runs = Self.singleRuns(10, 40, 0, 10)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.explanation.contains("less than 1 time in 10,000 (p < 0.0001)"))
    }

    @Test func largePValueSaysDifferencesAreCommon() throws {
        let runs = Self.singleRuns(40, 3, 2, 15)
        let result = try SignificanceDecision().decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.pValue == 1)
        let close = Self.singleRuns(40, 4, 2, 14)  // scipy.stats.binomtest(2, 6, 0.5).pvalue = 0.6875
        let other = try SignificanceDecision().decide(baseline: close.baseline, candidate: close.candidate)
        #expect(other.explanation.contains("differences like this are common when nothing really changed (p = 0.69)"))
    }

    @Test func repeatedRunsUsePermutationTestWithBootstrapInterval() throws {
        let data = TestData.passFractions(cases: 60)
        let baseline = TestData.outcomes(fractions: data.baseline)
        let candidate = TestData.outcomes(fractions: data.candidate)
        let decision = SignificanceDecision(bootstrap: PairedBootstrap(resamples: 4_000))
        let result = try decision.decide(baseline: baseline, candidate: candidate)
        let bootstrap = try PairedBootstrap(resamples: 4_000).run(baseline: data.baseline, candidate: data.candidate)
        let permutation = try StratifiedPermutationTest().run(baseline: baseline, candidate: candidate)
        #expect(result.method == .stratifiedPermutation && result.measure == .passRatePoints)
        #expect(result.methodName == "exact permutation test stratified by case, interval by paired bootstrap")
        #expect(result.bootstrap == bootstrap && result.permutation == permutation)
        #expect(abs(result.effect - bootstrap.observedDelta * 100) < 1e-9)
        #expect(result.interval == bootstrap.interval.scaled(by: 100))
        #expect(result.pValue == permutation.pValue && result.lowerPValue == permutation.lowerPValue)
        #expect(result.significantDrop == (permutation.pValue < 0.05 && bootstrap.observedDelta < 0))
        #expect(result.explanation.hasPrefix("Pass rate fell"))
        #expect(result.explanation.contains("95% CI"))
    }

    @Test func mixedRepeatCountsUsePermutationTest() throws {
        let baseline: [[Bool]] = [[true], [true, false, true], [false]]
        let candidate: [[Bool]] = [[true], [false], [false, false]]
        let result = try SignificanceDecision(bootstrap: PairedBootstrap(resamples: 500)).decide(baseline: baseline, candidate: candidate)
        #expect(result.method == .stratifiedPermutation)
        #expect(abs(result.baselineLevel - (1 + 2.0 / 3) / 3 * 100) < 1e-9)
        #expect(abs(result.effect - -(2.0 / 3) / 3 * 100) < 1e-9)
    }

    @Test func alphaSetsIntervalLevel() throws {
        let runs = Self.singleRuns(40, 12, 1, 7)
        let result = try SignificanceDecision(alpha: 0.01).decide(baseline: runs.baseline, candidate: runs.candidate)
        #expect(result.interval?.level == 0.99)
        #expect(result.significantDrop)  // p = 0.0034 < 0.01
        #expect(result.explanation.contains("99% CI"))
    }

    @Test func scoresUseBootstrapInScoreUnits() throws {
        let baseline = (0..<80).map { 0.6 + 0.3 * Double($0 % 5) / 4 }
        let candidate = baseline.enumerated().map { $0.offset % 2 == 0 ? $0.element - 0.1 : $0.element }
        let result = try SignificanceDecision().decide(baselineScores: baseline, candidateScores: candidate)
        #expect(result.measure == .meanScore && result.method == .pairedBootstrap)
        #expect(abs(result.effect - -0.05) < 1e-12)
        #expect(result.significantDrop)
        #expect(result.explanation.hasPrefix("Mean score fell 0.050 (95% CI"))
    }

    @Test func identicalScoresAreNoChange() throws {
        let scores = (0..<20).map { Double($0) / 20 }
        let result = try SignificanceDecision().decide(baselineScores: scores, candidateScores: scores)
        #expect(result.pValue == 1 && !result.significantDrop)
    }

    @Test func sameInputSameResult() throws {
        let data = TestData.passFractions(cases: 30)
        let baseline = TestData.outcomes(fractions: data.baseline)
        let candidate = TestData.outcomes(fractions: data.candidate)
        let decision = SignificanceDecision(bootstrap: PairedBootstrap(resamples: 1_000))
        #expect(try decision.decide(baseline: baseline, candidate: candidate) == decision.decide(baseline: baseline, candidate: candidate))
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
