extension ConfidenceInterval {
    /// The Wilson score interval for a binomial proportion `successes / trials`; unlike the Wald
    /// interval it stays inside [0, 1] and keeps close to nominal coverage for small samples or
    /// rates near 0 or 1 (same formula as statsmodels `proportion_confint(method="wilson")`).
    public static func wilson(
        successes: Int, trials: Int, confidence: Double = 0.95
    ) throws(StatisticsError) -> ConfidenceInterval {
        guard trials > 0 else { throw .invalidCount(what: "Number of trials", value: trials) }
        guard successes >= 0, successes <= trials else {
            throw .invalidCount(what: "Number of successes (0...trials)", value: successes)
        }
        guard confidence > 0, confidence < 1 else { throw .confidenceOutOfRange(confidence) }
        let z = NormalDistribution.twoSidedCritical(confidence: confidence)
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let halfWidth = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        return ConfidenceInterval(
            lower: max(0, centre - halfWidth), upper: min(1, centre + halfWidth), level: confidence)
    }
}
