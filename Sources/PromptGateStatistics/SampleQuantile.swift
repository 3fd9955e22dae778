/// Quantiles of a sample, as latency and token figures report them (p50, p95, p99).
public enum SampleQuantile {
    /// The linear-interpolation quantile `q` (0...1) of values sorted ascending (numpy's
    /// default); 0 for no values.
    public static func of(sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
