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
        let rows: [Row] = [
            ("pass rate", { $0.passRate }, { Markdown.percent($0) }, { Markdown.points($0) }),
            ("mean score", { $0.meanScore }, { String(format: "%.3f", $0) }, { Markdown.signed($0) }),
            ("schema validity", { $0.schemaValidity }, { Markdown.percent($0) }, { Markdown.points($0) }),
            ("field accuracy", { $0.fieldAccuracy }, { Markdown.percent($0) }, { Markdown.points($0) }),
            ("PII findings (outside allowed fields)", { Double($0.piiFindings) }, count, countDelta),
            ("answers with placeholders", { Double($0.placeholderResults) }, count, countDelta),
            ("truncated at max_tokens", { Double($0.truncations) }, count, countDelta),
            ("template leaks", { Double($0.templateLeaks) }, count, countDelta),
            ("JSON found only in prose / code fence", { Double($0.flaggedParses) }, count, countDelta),
            ("provider errors", { Double($0.errors) }, count, countDelta),
            ("tokens in", { Double($0.inputTokens) }, count, countDelta),
            ("tokens out", { Double($0.outputTokens) }, count, countDelta),
            ("cost per case", { $0.costPerCase }, { Money.text($0) }, { ($0 >= 0 ? "+" : "-") + Money.text(abs($0)) }),
            ("cost per run", { $0.costUSD }, { Money.text($0) }, { ($0 >= 0 ? "+" : "-") + Money.text(abs($0)) }),
        ]
        guard let baseline else {
            return Markdown.table(["metric", candidateLabel], rows.map { [$0.0, $0.2($0.1(candidate))] }, align: [.left, .right])
        }
        return Markdown.table(["metric", baselineLabel, candidateLabel, "delta"], rows.map { row in
            let b = row.1(baseline), c = row.1(candidate)
            return [row.0, row.2(b), row.2(c), row.3(c - b)]
        }, align: [.left, .right, .right, .right])
    }
}
