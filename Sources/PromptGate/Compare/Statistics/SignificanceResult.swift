/// The gate's verdict on one baseline-versus-candidate comparison: which test ran, how big the
/// change is, how sure we are, whether it counts as a significant drop, and the same in words.
public struct SignificanceResult: Sendable, Equatable, Hashable {
    /// The test behind `pValue`: McNemar for pass/fail with one run per case, the stratified
    /// permutation test for pass/fail with repeats, the paired bootstrap for scores.
    public enum Method: String, Sendable, Equatable, Hashable {
        case exactMcNemar = "exact McNemar test"
        case stratifiedPermutation = "exact permutation test stratified by case"
        case pairedBootstrap = "paired bootstrap"
    }

    /// What the effect and interval measure.
    public enum Measure: String, Sendable, Equatable, Hashable {
        /// Pass rate, in percentage points.
        case passRatePoints = "pass rate (points)"
        /// Mean score, in the scorer's own units.
        case meanScore = "mean score"
    }

    /// The test that produced `pValue`.
    public let method: Method
    /// Units of `effect`, `interval` and the levels.
    public let measure: Measure
    /// Number of paired cases compared.
    public let cases: Int
    /// Baseline level: pass rate in percent, or mean score.
    public let baselineLevel: Double
    /// Candidate level: pass rate in percent, or mean score.
    public let candidateLevel: Double
    /// Candidate minus baseline: pass-rate change in points, or mean-score change.
    public let effect: Double
    /// Confidence interval for `effect` at level 1 - alpha, in the same units.
    public let interval: ConfidenceInterval?
    /// Two-sided p-value for "no change".
    public let pValue: Double
    /// One-sided p-value for "the candidate is worse" (half the two-sided value when the effect is negative).
    public let lowerPValue: Double
    /// Significance level used for `significantDrop`.
    public let alpha: Double
    /// True when the candidate is worse and the change is significant: p < alpha and effect < 0.
    public let significantDrop: Bool
    /// One or two plain sentences for the report.
    public let explanation: String
    /// The one-sided reading in plain words, for a drop beyond the gate's maximum.
    public let dropExplanation: String
    /// Discordant counts, when the exact McNemar test was used.
    public let mcnemar: McNemarResult?
    /// Bootstrap details (in rate or score units, not points): the test for scores, the interval
    /// for pass rates with repeats.
    public let bootstrap: BootstrapResult?
    /// Permutation test details, for pass rates with repeats.
    public let permutation: PermutationTestResult?

    /// Human-readable name of the test, and of the interval's method when it differs, for reports.
    public var methodName: String {
        method == .stratifiedPermutation ? method.rawValue + ", interval by paired bootstrap" : method.rawValue
    }
}
