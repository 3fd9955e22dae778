/// The gate's verdict on one baseline-versus-candidate comparison: which test ran, how big the
/// change is, how sure we are, whether it counts as a significant drop, and the same in words.
public struct SignificanceResult: Sendable, Equatable, Hashable {
    /// The test used; pass/fail data with one repeat per case uses McNemar, everything else the bootstrap.
    public enum Method: String, Sendable, Equatable, Hashable {
        case exactMcNemar = "exact McNemar test"
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
    /// Significance level used for `significantDrop`.
    public let alpha: Double
    /// True when the candidate is worse and the change is significant: p < alpha and effect < 0.
    public let significantDrop: Bool
    /// One or two plain sentences for the report.
    public let explanation: String
    /// Discordant counts, when the exact McNemar test was used.
    public let mcnemar: McNemarResult?
    /// Bootstrap details (in rate or score units, not points), when the bootstrap was used.
    public let bootstrap: BootstrapResult?

    /// Human-readable name of the test, for reports.
    public var methodName: String { method.rawValue }
}
