import Foundation

/// The self-contained HTML viewer of a run or of a comparison (`promptgate report --format html`):
/// one file with its styles, script and data inline and no network use. It shows the verdict and
/// the summary, the pass-rate trend as inline SVG, filters (regressions, fixes, failing, flaky, tag,
/// field, scorer), a search box, and each case side by side with the differences highlighted.
/// Personal data is redacted as in the Markdown reports unless the redactor shows it.
public struct HTMLViewer: Sendable {
    let data: JSONValue
    let title: String
    let verdict: String
    let verdictClass: String
    let rules: [(rule: String, outcome: String, message: String)]
    let summary: [(label: String, baseline: String?, candidate: String)]
    let trend: String

    /// A viewer of `candidate` (with its full `results`), compared with `baseline` when given;
    /// `firstTokens` holds each side's time to first token (candidate first), when known.
    public init(
        candidate: (snapshot: RunSnapshot, results: [ResultRecord]),
        baseline: (snapshot: RunSnapshot, results: [ResultRecord])?,
        decision: GateDecision?, trend: [(version: Int, metrics: RunMetrics)], testSet: TestSet?,
        redactor: ReportRedactor = ReportRedactor(),
        firstTokens: (candidate: RunFirstTokens, baseline: RunFirstTokens?) = (RunFirstTokens(), nil)
    ) {
        let cand = ViewerData.Side(
            snapshot: candidate.snapshot, results: candidate.results, firstTokens: firstTokens.candidate)
        let base = baseline.map {
            ViewerData.Side(
                snapshot: $0.snapshot, results: $0.results, firstTokens: firstTokens.baseline ?? RunFirstTokens())
        }
        data = ViewerData(candidate: cand, baseline: base, decision: decision, testSet: testSet, redactor: redactor)
            .json()
        let run = candidate.snapshot.run, m = candidate.snapshot.metrics
        if let baseline {
            title = "\(run.reference) vs v\(baseline.snapshot.run.version)"
        } else {
            title = "\(run.reference) — run #\(run.id ?? 0)"
        }
        if let decision {
            verdict = decision.verdict.rawValue.uppercased()
            verdictClass = decision.verdict.rawValue.lowercased()
            rules = decision.rules.map { ($0.rule, $0.outcome.rawValue, redactor.redact($0.message)) }
        } else {
            verdict = "\(m.passed)/\(m.passed + m.failed) passed · \(m.errors) errors"
            verdictClass = m.failed + m.errors == 0 ? "pass" : "fail"
            rules = []
        }
        let b = baseline?.snapshot.metrics
        func row(_ label: String, _ value: (RunMetrics) -> String) -> (String, String?, String) {
            (label, b.map(value), value(m))
        }
        var rows = [
            row("pass rate") { Markdown.percent($0.passRate) },
            row("mean score") { String(format: "%.3f", $0.meanScore) },
            row("schema validity") { Markdown.percent($0.schemaValidity) },
            row("field accuracy") { Markdown.percent($0.fieldAccuracy) },
            row("PII findings") { "\($0.piiFindings)" },
            row("provider errors") { "\($0.errors)" },
            row("cost") { Money.text($0.costUSD) },
            row("latency p50 / p95") { String(format: "%.0f / %.0f ms", $0.latencyP50, $0.latencyP95) },
        ]
        // Beside latency, when either side streamed.
        if firstTokens.candidate.summary != nil || firstTokens.baseline?.summary != nil {
            func text(_ tokens: RunFirstTokens?) -> String {
                tokens?.summary.map { String(format: "%.0f / %.0f ms (%d streamed calls)", $0.p50, $0.p95, $0.calls) }
                    ?? "not streamed"
            }
            rows.append(
                (
                    "time to first token p50 / p95", baseline.map { _ in text(firstTokens.baseline) },
                    text(firstTokens.candidate)
                ))
        }
        summary = rows
        self.trend = TrendSVG(points: trend).svg()
    }

    /// The page.
    public func html() -> String {
        var head =
            "<h1>\(HTMLEscaping.text(title))</h1>\n<p class=\"verdict \(HTMLEscaping.text(verdictClass))\" id=\"verdict\">\(HTMLEscaping.text(verdict))</p>\n"
        if !rules.isEmpty {
            head +=
                "<ul class=\"rules\">"
                + rules.map {
                    "<li class=\"\(HTMLEscaping.text($0.outcome))\"><b>\(HTMLEscaping.text($0.rule))</b> \(HTMLEscaping.text($0.outcome)): \(HTMLEscaping.text($0.message))</li>"
                }.joined() + "</ul>\n"
        }
        let hasBaseline = summary.first?.baseline != nil
        head +=
            "<table class=\"summary\"><tr><th></th>" + (hasBaseline ? "<th>baseline</th>" : "")
            + "<th>\(hasBaseline ? "candidate" : "value")</th></tr>"
        for item in summary {
            head +=
                "<tr><th>\(HTMLEscaping.text(item.label))</th>"
                + (item.baseline.map { "<td>\(HTMLEscaping.text($0))</td>" } ?? "")
                + "<td>\(HTMLEscaping.text(item.candidate))</td></tr>"
        }
        head += "</table>\n" + trend
        return HTMLViewerPage.page(title: HTMLEscaping.text(title), head: head, data: HTMLEscaping.scriptJSON(data))
    }
}
