/// Descriptive statistics the report needs (mean, percentiles), matching NumPy's defaults so that
/// numbers in promptgate reports can be reproduced with `numpy.mean` / `numpy.percentile`.
public enum Descriptive: Sendable {
    /// The arithmetic mean; throws for an empty array rather than returning NaN.
    public static func mean(_ values: [Double]) throws(StatisticsError) -> Double {
        guard !values.isEmpty else { throw .empty(what: "values for the mean") }
        var sum = 0.0
        for value in values { sum += value }
        return sum / Double(values.count)
    }

    /// The `percent`-th percentile (0...100) with linear interpolation between closest ranks,
    /// identical to `numpy.percentile(values, percent)` (method "linear", NumPy's default).
    public static func percentile(_ values: [Double], _ percent: Double) throws(StatisticsError) -> Double {
        guard !values.isEmpty else { throw .empty(what: "values for the percentile") }
        guard percent >= 0, percent <= 100 else { throw .percentileOutOfRange(percent) }
        return percentile(sorted: values.sorted(), percent)
    }

    /// Percentile of already sorted, non-empty values; `percent` must be in 0...100.
    static func percentile(sorted values: [Double], _ percent: Double) -> Double {
        let count = values.count
        guard count > 1 else { return values.first ?? .nan }
        // NumPy: virtual index (n - 1) * q with q = percent / 100, then a lerp that is exact at
        // both ends (it interpolates from the nearer neighbour when the weight is >= 0.5).
        let index = Double(count - 1) * (percent / 100)
        let below = min(Int(index.rounded(.down)), count - 1)
        let above = min(below + 1, count - 1)
        return interpolate(values[below], values[above], weight: index - Double(below))
    }

    /// NumPy's `_lerp`: exact at both ends because it interpolates from the nearer neighbour.
    static func interpolate(_ a: Double, _ b: Double, weight: Double) -> Double {
        let difference = b - a
        return weight >= 0.5 ? b - difference * (1 - weight) : a + difference * weight
    }
}
