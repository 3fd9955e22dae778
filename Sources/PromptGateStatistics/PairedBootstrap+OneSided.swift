extension PairedBootstrap {
    /// The bootstrap read as two one-sided tests at `alpha` with the interval that agrees with them.
    package struct OneSidedShift: Sendable {
        package let effect: Double
        package let interval: ConfidenceInterval
        package let lowerPValue: Double
        package let upperPValue: Double
        /// True when the reported p is the smallest value these resamples can give.
        package let pValueIsBound: Bool
    }

    /// One-sided p for a drop, (m + 1) / (B + 1) with m the resampled mean deltas at or above zero,
    /// and for a rise with those at or below zero. The interval's bounds are the r-th smallest and
    /// r-th largest resampled deltas with r = ceil(alpha (B + 1)) - 1, the order statistic at which
    /// "the bound is below zero" and "p < alpha" are the same count condition.
    package func oneSided(
        baseline: [Double], candidate: [Double], alpha: Double
    ) throws(StatisticsError) -> OneSidedShift {
        guard baseline.count == candidate.count else {
            throw .mismatchedCaseCounts(baseline: baseline.count, candidate: candidate.count)
        }
        guard !baseline.isEmpty else { throw .empty(what: "paired cases") }
        guard resamples > 0 else { throw .invalidCount(what: "Number of resamples", value: resamples) }
        var differences = [Double](repeating: 0, count: baseline.count)
        for index in baseline.indices {
            guard baseline[index].isFinite else { throw .nonFiniteValue(index: index, side: "baseline") }
            guard candidate[index].isFinite else { throw .nonFiniteValue(index: index, side: "candidate") }
            differences[index] = candidate[index] - baseline[index]
        }
        let observed = try Descriptive.mean(differences)
        var means = Self.resampledMeans(of: differences, count: resamples, seed: seed)
        means.sort()
        let scale = differences.reduce(0) { max($0, abs($1)) }
        let tolerance = 1e-9 * max(scale, .leastNormalMagnitude)
        let atOrAbove = means.count(where: { $0 >= -tolerance })
        let atOrBelow = means.count(where: { $0 <= tolerance })
        let total = Double(resamples + 1)
        let rank = min(resamples, max(1, Int((alpha * total).rounded(.up)) - 1))
        let interval = ConfidenceInterval(lower: means[rank - 1], upper: means[resamples - rank], level: 1 - 2 * alpha)
        let lower = min(1, Double(atOrAbove + 1) / total), upper = min(1, Double(atOrBelow + 1) / total)
        return OneSidedShift(
            effect: observed, interval: interval, lowerPValue: lower, upperPValue: upper,
            pValueIsBound: (observed > 0 ? atOrBelow : atOrAbove) == 0)
    }
}
