/// The headline figures of one run, or of a baseline and a candidate side by side with deltas.
struct SummaryTable {
    let baseline: RunMetrics?
    let candidate: RunMetrics
    let baselineLabel: String
    let candidateLabel: String

    func markdown() -> String {
        typealias Row = (String, (RunMetrics) -> Double, (Double) -> String, (Double) -> String)
        let count: (Double) -> String = { String(Int($0)) }
        let countDelta: (Double) -> String = { String(format: "%+d", Int($0)) }
        // The scorers' own figures sit between the headline and the operational rows.
        let scorerRows: [Row] = ScorerRegistry.metrics.map { metric in
            metric.tally.isShare
                ? (metric.label, { $0.figure(metric) }, { Markdown.percent($0) }, { Markdown.points($0) })
                : (metric.label, { $0.figure(metric) }, count, countDelta)
        }
        // With provider errors this table's pass rate (answered repeats only) differs from the
        // comparison's, which counts a candidate error as a failed repeat: the label says which.
        let errors = candidate.errors + (baseline?.errors ?? 0)
        let rows: [Row] =
            [
                (
                    errors > 0 ? "pass rate (answered repeats)" : "pass rate", { $0.passRate },
                    { Markdown.percent($0) }, { Markdown.points($0) }
                ),
                ("mean score", { $0.meanScore }, { String(format: "%.3f", $0) }, { Markdown.signed($0) }),
            ] + scorerRows + [
                ("JSON found only in prose / code fence", { Double($0.flaggedParses) }, count, countDelta),
                ("provider errors", { Double($0.errors) }, count, countDelta),
                ("tokens in", { Double($0.inputTokens) }, count, countDelta),
                ("tokens out", { Double($0.outputTokens) }, count, countDelta),
                (
                    "cost per case", { $0.costPerCase }, { Money.text($0) },
                    { ($0 >= 0 ? "+" : "-") + Money.text(abs($0)) }
                ),
                ("cost per run", { $0.costUSD }, { Money.text($0) }, { ($0 >= 0 ? "+" : "-") + Money.text(abs($0)) }),
            ]
        guard let baseline else {
            return Markdown.table(
                ["metric", candidateLabel], rows.map { [$0.0, $0.2($0.1(candidate))] }, align: [.left, .right])
        }
        return Markdown.table(
            ["metric", baselineLabel, candidateLabel, "delta"],
            rows.map { row in
                let b = row.1(baseline), c = row.1(candidate)
                return [row.0, row.2(b), row.2(c), row.3(c - b)]
            }, align: [.left, .right, .right, .right])
    }
}
