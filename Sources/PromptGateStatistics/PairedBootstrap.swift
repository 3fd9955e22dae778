import Foundation

/// A paired (case-resampling) bootstrap of the mean difference candidate - baseline: cases are
/// drawn with replacement, keeping each case's two values together, so the per-case pairing (and
/// the large between-case variation in difficulty) is respected.
///
/// P-value: p = min(1, 2 * (m + 1) / (B + 1)) where m is the number of resampled mean deltas on the
/// far side of zero (<= 0 when the observed delta is positive, >= 0 when it is negative, the
/// smaller count when it is zero; ties at zero count as far side). This inverts the percentile
/// interval: p < alpha when, and only when, zero lies outside the (1 - alpha) percentile interval
/// (except within a resample or two of the boundary), so a report never shows an interval that
/// excludes zero next to a "not significant" p-value. The re-centred alternative (share of
/// |delta* - delta| >= |delta|) can disagree with the percentile interval when the bootstrap
/// distribution is skewed, which is common with pass/fail data. The +1 terms keep p > 0 and make
/// the test slightly conservative.
public struct PairedBootstrap: Sendable, Equatable, Hashable {
    /// The fixed default seed, so two runs on the same data report the same numbers.
    public static let defaultSeed: UInt64 = 0x5052_4F4D_5054_4741  // "PROMPTGA"

    /// Number of resamples B (default 10,000: smallest reportable p is 0.0002, and the Monte Carlo
    /// error of each interval bound is about 3% of the bootstrap standard error).
    public var resamples: Int
    /// Seed of the resampling stream.
    public var seed: UInt64
    /// Confidence level of the percentile interval.
    public var confidence: Double

    /// Creates a bootstrap configuration; defaults are 10,000 resamples, `defaultSeed`, 95%.
    public init(resamples: Int = 10_000, seed: UInt64 = PairedBootstrap.defaultSeed, confidence: Double = 0.95) {
        self.resamples = resamples
        self.seed = seed
        self.confidence = confidence
    }

    /// Bootstraps paired per-case values (e.g. pass fraction over k repeats, or mean score), aligned
    /// by index; throws on empty, mismatched or non-finite input.
    public func run(baseline: [Double], candidate: [Double]) throws(StatisticsError) -> BootstrapResult {
        guard baseline.count == candidate.count else {
            throw .mismatchedCaseCounts(baseline: baseline.count, candidate: candidate.count)
        }
        var differences = [Double](repeating: 0, count: baseline.count)
        for index in baseline.indices {
            guard baseline[index].isFinite else { throw .nonFiniteValue(index: index, side: "baseline") }
            guard candidate[index].isFinite else { throw .nonFiniteValue(index: index, side: "candidate") }
            differences[index] = candidate[index] - baseline[index]
        }
        return try run(differences: differences)
    }

    /// Bootstraps per-case differences candidate_i - baseline_i directly.
    public func run(differences: [Double]) throws(StatisticsError) -> BootstrapResult {
        guard !differences.isEmpty else { throw .empty(what: "paired cases") }
        guard resamples > 0 else { throw .invalidCount(what: "Number of resamples", value: resamples) }
        guard confidence > 0, confidence < 1 else { throw .confidenceOutOfRange(confidence) }
        if let bad = differences.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(index: bad, side: "difference")
        }
        let observed = try Descriptive.mean(differences)
        var means = Self.resampledMeans(of: differences, count: resamples, seed: seed)

        // Sums of the same values in different orders can differ by rounding (e.g. 1/3 - 1/3), so
        // "zero" means within a tolerance far below any real difference of per-case rates.
        let scale = differences.reduce(0) { max($0, abs($1)) }
        let tolerance = 1e-9 * max(scale, .leastNormalMagnitude)
        var atOrBelowZero = 0
        var atOrAboveZero = 0
        for mean in means {
            if mean <= tolerance { atOrBelowZero += 1 }
            if mean >= -tolerance { atOrAboveZero += 1 }
        }
        let tailPercent = (1 - confidence) / 2 * 100
        let interval = means.withUnsafeMutableBufferPointer { buffer in
            ConfidenceInterval(
                lower: OrderStatistic.percentile(buffer, tailPercent),
                upper: OrderStatistic.percentile(buffer, 100 - tailPercent),
                level: confidence)
        }
        let farSide: Int
        if observed > tolerance {
            farSide = atOrBelowZero
        } else if observed < -tolerance {
            farSide = atOrAboveZero
        } else {
            farSide = min(atOrBelowZero, atOrAboveZero)
        }
        let pValue = min(1, 2 * Double(farSide + 1) / Double(resamples + 1))
        return BootstrapResult(
            cases: differences.count, resamples: resamples, observedDelta: observed,
            interval: interval, pValue: pValue,
            lowerPValue: min(1, Double(atOrAboveZero + 1) / Double(resamples + 1)), farSideCount: farSide)
    }
}
