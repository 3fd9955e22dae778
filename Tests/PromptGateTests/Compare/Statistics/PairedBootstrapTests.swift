import Foundation
import Testing

@testable import PromptGate

@Suite("Paired bootstrap")
struct PairedBootstrapTests {
    @Test func sameSeedSameResultOtherSeedOtherInterval() throws {
        let baseline = (0..<60).map { 0.5 + 0.4 * Double(($0 * 37) % 61) / 61 }
        let candidate = baseline.enumerated().map { $0.element - 0.003 * Double(($0.offset * 11) % 13) }
        let first = try PairedBootstrap(resamples: 3_000, seed: 5).run(baseline: baseline, candidate: candidate)
        let again = try PairedBootstrap(resamples: 3_000, seed: 5).run(baseline: baseline, candidate: candidate)
        let other = try PairedBootstrap(resamples: 3_000, seed: 6).run(baseline: baseline, candidate: candidate)
        #expect(first == again)
        #expect(first.observedDelta == other.observedDelta)
        #expect(first.interval != other.interval)
    }

    /// Bit-for-bit replication: Scripts/reference_values.py runs the same algorithm with a Python
    /// port of the same generator (n = 40, B = 2,000, seed 99) and NumPy's percentile. Output:
    /// (observed -0.09166666666666666, lower -0.16666666666666663, upper -0.033333333333333326,
    ///  p 0.0029985007496251873, far-side count 2).
    @Test func replicatesPythonImplementationWithSameGenerator() throws {
        let data = TestData.passFractions(cases: 40)
        let result = try PairedBootstrap(resamples: 2_000, seed: 99).run(
            baseline: data.baseline, candidate: data.candidate)
        #expect(abs(result.observedDelta - -0.09166666666666666) < 1e-12)
        #expect(abs(result.interval.lower - -0.16666666666666663) < 1e-12)
        #expect(abs(result.interval.upper - -0.033333333333333326) < 1e-12)
        #expect(result.farSideCount == 2)
        #expect(result.pValue == 0.0029985007496251873)
    }

    /// Same algorithm, different generator: NumPy `default_rng(12345)` with B = 400,000 on
    /// dataset(200, 8, 13, 5) gives observed -0.023333333333333334, interval
    /// (-0.05166666666666666, 0.0033333333333333366), p 0.10354474113814716, bootstrap SD 0.01405.
    /// With B = 100,000 here, Monte Carlo error is about 0.01 SD for the bounds and 0.002 for p;
    /// bounds live on a lattice of step 1/600, so they may land one step apart: tolerance 0.0025.
    @Test func agreesWithNumpyBootstrapOnLargeResampleCount() throws {
        let data = TestData.passFractions(cases: 200, loseOne: 8, loseTwo: 13, gain: 5)
        let result = try PairedBootstrap(resamples: 100_000, seed: 1).run(
            baseline: data.baseline, candidate: data.candidate)
        #expect(abs(result.observedDelta - -0.023333333333333334) < 1e-12)
        #expect(abs(result.interval.lower - -0.05166666666666666) < 0.0025)
        #expect(abs(result.interval.upper - 0.0033333333333333366) < 0.0025)
        #expect(abs(result.pValue - 0.10354474113814716) < 0.01)
    }

    @Test func identicalDataGivesPValueOneAndZeroInterval() throws {
        let values = (0..<50).map { Double($0 % 4) / 3 }
        let result = try PairedBootstrap().run(baseline: values, candidate: values)
        #expect(result.pValue == 1)
        #expect(result.observedDelta == 0)
        #expect(result.interval == ConfidenceInterval(lower: 0, upper: 0, level: 0.95))
    }

    @Test func largeConsistentDropGivesTinyPValue() throws {
        let baseline = [Double](repeating: 1, count: 60)
        let candidate = (0..<60).map { $0 % 3 == 0 ? 0.0 : 2.0 / 3 }
        let result = try PairedBootstrap().run(baseline: baseline, candidate: candidate)
        #expect(result.pValue < 0.001)
        #expect(result.farSideCount == 0)
        #expect(result.pValue == 2.0 / 10_001)  // the smallest p 10,000 resamples can report
        #expect(result.interval.upper < 0)
    }

    @Test func constantShiftIntervalIsThatShift() throws {
        let baseline = (0..<30).map { Double($0) / 30 }
        let candidate = baseline.map { $0 - 0.125 }
        let result = try PairedBootstrap(resamples: 500).run(baseline: baseline, candidate: candidate)
        #expect(result.interval.contains(-0.125))
        #expect(abs(result.interval.lower - -0.125) < 1e-12 && abs(result.interval.upper - -0.125) < 1e-12)
    }

    /// Coverage of the 95% percentile interval, 200 seeded data sets of 100 cases with a known true
    /// mean delta of -0.05 (per-case deltas = true delta + skewed noise). Expected about 94-95%
    /// (percentile intervals under-cover slightly at small n); binomial SE is 1.5 points.
    @Test func intervalCoversTrueDelta() throws {
        var generator = SeededGenerator(seed: 77)
        var covered = 0
        let datasets = 200
        for index in 0..<datasets {
            // Exponential(1) noise centred at 0 (mean 1 subtracted), so the true mean delta is exact.
            let deltas = (0..<100).map { _ -> Double in
                -0.05 + 0.2 * (-log(1 - generator.nextUnitDouble()) - 1)
            }
            let result = try PairedBootstrap(resamples: 1_000, seed: UInt64(index)).run(differences: deltas)
            if result.interval.contains(-0.05) { covered += 1 }
        }
        let coverage = Double(covered) / Double(datasets)
        #expect(coverage >= 0.90 && coverage <= 0.99, "coverage \(coverage)")
    }

    @Test func pValueAgreesWithInterval() throws {
        // p < 0.05 exactly when 0 is outside the 95% interval (up to interpolation at the edge).
        var generator = SeededGenerator(seed: 3)
        for trial in 0..<40 {
            let shift = -0.01 * Double(trial % 10)
            let deltas = (0..<40).map { _ in shift + (generator.nextUnitDouble() - 0.5) * 0.6 }
            let result = try PairedBootstrap(resamples: 2_000, seed: UInt64(trial)).run(differences: deltas)
            if result.pValue < 0.04 { #expect(!result.interval.contains(0)) }
            if result.pValue > 0.06 { #expect(result.interval.contains(0)) }
        }
    }

    @Test func oneSidedPValueIsTheLowerTailOfTheTwoSided() throws {
        var generator = SeededGenerator(seed: 8)
        for trial in 0..<20 {
            let shift = -0.02 * Double(trial % 10)
            let deltas = (0..<40).map { _ in shift + (generator.nextUnitDouble() - 0.5) * 0.6 }
            let result = try PairedBootstrap(resamples: 2_000, seed: UInt64(trial)).run(differences: deltas)
            if result.observedDelta < 0 {
                #expect(result.lowerPValue == Double(result.farSideCount + 1) / 2_001)
                #expect(abs(result.pValue - min(1, 2 * result.lowerPValue)) < 1e-12)
            } else {
                #expect(result.lowerPValue >= 0.5)
            }
        }
    }

    /// Large inputs (cases x resamples >= 20 million) draw on two threads in two seeded streams:
    /// still reproducible, and still the bootstrap distribution of the mean (its interval matches
    /// the normal-theory interval mean +/- 1.96 sd / sqrt(n) for 2,000 cases).
    @Test func largeInputsUseTwoStreamsAndStayReproducibleAndCorrect() throws {
        var generator = SeededGenerator(seed: 21)
        let deltas = (0..<2_000).map { _ in -0.05 + (generator.nextUnitDouble() - 0.5) }
        #expect(deltas.count * 10_000 >= SeededWork.parallelDraws)
        let first = try PairedBootstrap().run(differences: deltas)
        let second = try PairedBootstrap().run(differences: deltas)
        #expect(first == second)
        let mean = deltas.reduce(0, +) / Double(deltas.count)
        let sd = (deltas.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(deltas.count - 1)).squareRoot()
        let half = 1.96 * sd / Double(deltas.count).squareRoot()
        #expect(abs(first.interval.lower - (mean - half)) < 0.1 * half)
        #expect(abs(first.interval.upper - (mean + half)) < 0.1 * half)
        #expect(first.pValue < 0.001 && first.observedDelta < 0)
    }

    @Test func rejectsBadInput() {
        #expect(throws: StatisticsError.mismatchedCaseCounts(baseline: 2, candidate: 1)) {
            try PairedBootstrap().run(baseline: [1, 0], candidate: [1])
        }
        #expect(throws: StatisticsError.empty(what: "paired cases")) { try PairedBootstrap().run(differences: []) }
        #expect(throws: StatisticsError.nonFiniteValue(index: 1, side: "candidate")) {
            try PairedBootstrap().run(baseline: [1, 0], candidate: [1, .nan])
        }
        #expect(throws: StatisticsError.self) { try PairedBootstrap(resamples: 0).run(differences: [1]) }
        #expect(throws: StatisticsError.self) { try PairedBootstrap(confidence: 1).run(differences: [1]) }
    }
}
