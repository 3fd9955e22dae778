extension ConfidenceInterval {
    /// Newcombe's hybrid score interval (1998, method 10) for the change in pass rate between two
    /// paired runs with one outcome per case, candidate minus baseline; it gives the exact
    /// McNemar result a matching interval that behaves well with few discordant cases.
    ///
    /// Cells: `bothPass`, `regressions` (baseline pass, candidate fail), `fixes` (baseline fail,
    /// candidate pass), `bothFail`. Uses Wilson intervals for each marginal rate and the
    /// continuity-corrected phi coefficient, as in Fagerland, Lydersen & Laake (2017), ch. 8.
    public static func newcombePaired(
        bothPass: Int, regressions: Int, fixes: Int, bothFail: Int, confidence: Double = 0.95
    ) throws(StatisticsError) -> ConfidenceInterval {
        let cells = [bothPass, regressions, fixes, bothFail]
        if let negative = cells.first(where: { $0 < 0 }) {
            throw .invalidCount(what: "A paired-table cell", value: negative)
        }
        let total = cells.reduce(0, +)
        guard total > 0 else { throw .empty(what: "paired outcomes") }
        let n = Double(total)
        let baselinePasses = bothPass + regressions
        let candidatePasses = bothPass + fixes
        let p1 = Double(baselinePasses) / n
        let p2 = Double(candidatePasses) / n
        let first = try wilson(successes: baselinePasses, trials: total, confidence: confidence)
        let second = try wilson(successes: candidatePasses, trials: total, confidence: confidence)

        // Continuity-corrected correlation between the two marginal rates (0 when a margin is 0).
        var phi = 0.0
        let margins = [baselinePasses, total - baselinePasses, candidatePasses, total - candidatePasses]
        if !margins.contains(0) {
            let product = margins.reduce(1.0) { $0 * Double($1) }
            let cross = Double(bothPass) * Double(bothFail) - Double(regressions) * Double(fixes)
            if cross > n / 2 {
                phi = (cross - n / 2) / product.squareRoot()
            } else if cross < 0 {
                phi = cross / product.squareRoot()
            }
        }
        // Interval for baseline - candidate, then negated for candidate - baseline.
        let estimate = p1 - p2
        let lowerSpread = (p1 - first.lower) * (p1 - first.lower)
            - 2 * phi * (p1 - first.lower) * (second.upper - p2)
            + (second.upper - p2) * (second.upper - p2)
        let upperSpread = (p2 - second.lower) * (p2 - second.lower)
            - 2 * phi * (p2 - second.lower) * (first.upper - p1)
            + (first.upper - p1) * (first.upper - p1)
        let lower = estimate - max(0, lowerSpread).squareRoot()
        let upper = estimate + max(0, upperSpread).squareRoot()
        return ConfidenceInterval(
            lower: max(-1, -upper), upper: min(1, -lower), level: confidence)
    }
}
