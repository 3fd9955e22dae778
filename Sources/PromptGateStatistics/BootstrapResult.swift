/// The outcome of a paired bootstrap: the observed mean difference (candidate - baseline), its
/// percentile confidence interval and a two-sided p-value, all in the units of the inputs.
public struct BootstrapResult: Sendable, Equatable, Hashable {
    /// Number of paired cases.
    public let cases: Int
    /// Number of bootstrap resamples drawn.
    public let resamples: Int
    /// Mean of candidate_i - baseline_i over the observed cases.
    public let observedDelta: Double
    /// Percentile interval of the resampled mean deltas.
    public let interval: ConfidenceInterval
    /// Two-sided p-value: 2 x the share of resampled deltas on the far side of zero, see `PairedBootstrap`.
    public let pValue: Double
    /// One-sided p-value for "the candidate is worse": (resamples with a delta >= 0, + 1) / (B + 1).
    public let lowerPValue: Double
    /// Resamples on the far side of zero (ties at zero count); 0 means `pValue` is the smallest
    /// value this number of resamples can report, i.e. a bound rather than an estimate.
    public let farSideCount: Int
}
