/// The main metrics across every version of a prompt: a Mermaid `xychart-beta` chart (GitHub
/// renders it) and the same numbers as a table.
struct TrendSection {
    /// One point per version: the version and its latest run's metrics.
    let points: [(version: Int, metrics: RunMetrics)]

    func markdown() -> String {
        guard points.count >= 2 else { return "" }
        let labels = points.map { "\"v\($0.version)\"" }.joined(separator: ", ")
        let passRates = points.map { String(format: "%.1f", $0.metrics.passRate * 100) }.joined(separator: ", ")
        let fieldAccuracy = points.map { String(format: "%.1f", $0.metrics.fieldAccuracy * 100) }.joined(
            separator: ", ")
        var out = "## Trend across versions\n\n"
        out +=
            "```mermaid\nxychart-beta\n    title \"Pass rate and field accuracy (%) by version\"\n    x-axis [\(labels)]\n    y-axis \"percent\" 0 --> 100\n"
        out += "    line [\(passRates)]\n    line [\(fieldAccuracy)]\n```\n\n"
        out += Markdown.table(
            ["version", "pass rate", "field accuracy", "schema validity", "PII findings", "cost per case"],
            points.map {
                [
                    "v\($0.version)", Markdown.percent($0.metrics.passRate), Markdown.percent($0.metrics.fieldAccuracy),
                    Markdown.percent($0.metrics.schemaValidity), "\($0.metrics.piiFindings)",
                    Money.text($0.metrics.costPerCase),
                ]
            }, align: [.left, .right, .right, .right, .right, .right])
        return out
    }
}
