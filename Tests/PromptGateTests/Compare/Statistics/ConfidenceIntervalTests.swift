import PromptGate
import Testing

@Suite("Confidence intervals")
struct ConfidenceIntervalTests {
    /// Expected: `scipy.stats.norm.ppf(p)` (SciPy 1.17.1).
    @Test(arguments: [
        (0.5, 0.0), (0.975, 1.959963984540054), (0.995, 2.5758293035489004), (0.95, 1.6448536269514722),
        (0.9, 1.2815515655446004), (0.025, -1.9599639845400545), (1e-10, -6.361340902404056),
        (0.999999, 4.753424308817087),
    ])
    func normalQuantileMatchesScipy(probability: Double, expected: Double) {
        #expect(abs(NormalDistribution.quantile(probability) - expected) <= 1e-13 * max(1, abs(expected)))
    }

    /// (successes, trials, confidence, lower, upper) from the statsmodels `proportion_confint(...,
    /// method="wilson")` formula evaluated in Python with `scipy.stats.norm.isf(alpha / 2)`
    /// (statsmodels itself is not installed here; Scripts/reference_values.py has the formula).
    @Test(
        "Wilson interval matches the statsmodels formula",
        arguments: [
            (0, 10, 0.95, 0.0, 0.2775327998628892),
            (10, 10, 0.95, 0.7224672001371107, 0.9999999999999999),
            (7, 20, 0.95, 0.18119182410108206, 0.5671457233147638),
            (45, 60, 0.95, 0.6276792992295218, 0.8422347746994333),
            (1, 3, 0.90, 0.07826572633372836, 0.746466131718776),
            (983, 1000, 0.99, 0.9688492508942341, 0.9907836838090749),
        ])
    func wilson(successes: Int, trials: Int, confidence: Double, lower: Double, upper: Double) throws {
        let interval = try ConfidenceInterval.wilson(successes: successes, trials: trials, confidence: confidence)
        #expect(abs(interval.lower - lower) <= 1e-12)
        #expect(abs(interval.upper - upper) <= 1e-12)
        #expect(interval.level == confidence)
    }

    @Test func wilsonRejectsBadInput() {
        #expect(throws: StatisticsError.self) { try ConfidenceInterval.wilson(successes: 1, trials: 0) }
        #expect(throws: StatisticsError.self) { try ConfidenceInterval.wilson(successes: 5, trials: 4) }
        #expect(throws: StatisticsError.self) { try ConfidenceInterval.wilson(successes: 1, trials: 4, confidence: 1) }
    }

    /// (bothPass, regressions, fixes, bothFail) -> candidate-minus-baseline interval, from a Python
    /// port of contingencytables' `Newcombe_square_and_add_CI_paired_2x2` (Fagerland et al.), with
    /// the sign flipped. (1, 1, 7, 12) is the Bentur et al. (2009) example from that book.
    @Test func containsAndScaling() {
        let interval = ConfidenceInterval(lower: 0.2, upper: -0.1, level: 0.9)
        #expect(interval.lower == -0.1 && interval.upper == 0.2)
        #expect(interval.contains(0) && !interval.contains(0.3))
        #expect(interval.scaled(by: 100) == ConfidenceInterval(lower: -10, upper: 20, level: 0.9))
    }
}
