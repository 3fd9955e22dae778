/// The gate's statistics for one baseline-versus-candidate comparison: which test ran, how big the
/// change is, the one-sided p-values, the interval that agrees with them, and the same in words.
///
/// One story: `significantDrop` is `lowerPValue < alpha`, which is exactly "the interval lies
/// below zero"; `significantRise` is `upperPValue < alpha`, exactly "the interval lies above
/// zero". The interval has level 1 - 2 alpha (90% at alpha = 0.05), the two-sided form of the two
/// one-sided tests at alpha.
public struct SignificanceResult: Sendable, Equatable, Hashable {
    /// The test behind the p-values and the interval.
    public enum Method: String, Sendable, Equatable, Hashable {
        /// Pass/fail with one run per case: exact McNemar, exact conditional interval.
        case exactMcNemar = "exact McNemar test"
        /// Pass/fail with repeats: exact sign-flip test on per-case pass fractions, each case's
        /// change weighted by its run-to-run noise.
        case signFlip = "exact sign-flip test on noise-weighted per-case pass fractions"
        /// Scores: the paired (case-resampling) bootstrap.
        case pairedBootstrap = "paired bootstrap"
    }

    /// What the effect and interval measure.
    public enum Measure: String, Sendable, Equatable, Hashable {
        /// Pass rate, in percentage points.
        case passRatePoints = "pass rate (points)"
        /// Mean score, in the scorer's own units.
        case meanScore = "mean score"
    }

    /// The test that produced the p-values and the interval.
    public let method: Method
    /// Units of `effect`, `interval` and the levels.
    public let measure: Measure
    /// Number of paired cases compared.
    public let cases: Int
    /// Baseline level: pass rate in percent (mean per-case pass fraction), or mean score.
    public let baselineLevel: Double
    /// Candidate level, in the same units.
    public let candidateLevel: Double
    /// Candidate minus baseline: pass-rate change in points, or mean-score change.
    public let effect: Double
    /// The change the test measures and the interval is for: `effect` itself, except for the
    /// sign-flip test, where it is the noise-weighted change in pass rate (points).
    public let testedEffect: Double
    /// Interval for `testedEffect` at level 1 - 2 alpha, in agreement with the one-sided p-values.
    public let interval: ConfidenceInterval
    /// One-sided p-value for "the candidate is worse".
    public let lowerPValue: Double
    /// One-sided p-value for "the candidate is better".
    public let upperPValue: Double
    /// Significance level of each one-sided test.
    public let alpha: Double
    /// One or two plain sentences for the report.
    public let explanation: String
    /// Discordant counts, when the exact McNemar test was used.
    public let mcnemar: McNemarResult?
    /// Sign-flip details, for pass rates with repeats.
    public let signFlip: SignFlipResult?

    /// The candidate is worse and it is unlikely to be noise: `lowerPValue < alpha`.
    public var significantDrop: Bool { lowerPValue < alpha }
    /// The candidate is better and it is unlikely to be noise: `upperPValue < alpha`.
    public var significantRise: Bool { upperPValue < alpha }
    /// The one-sided p-value in the direction of the tested change (for a drop when nothing changed).
    public var reportedPValue: Double { testedEffect > 0 ? upperPValue : lowerPValue }
    /// Human-readable name of the test, for reports.
    public var methodName: String { method.rawValue }
}
