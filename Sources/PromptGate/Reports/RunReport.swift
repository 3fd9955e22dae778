/// The Markdown report of one run: the headline, the figures, per-field accuracy, and every
/// failing case with its reasons.
public struct RunReport: Sendable {
    public let snapshot: RunSnapshot
    let redactor: ReportRedactor

    public init(snapshot: RunSnapshot, redactor: ReportRedactor = ReportRedactor()) {
        self.snapshot = snapshot
        self.redactor = redactor
    }

    public func markdown() -> String {
        let run = snapshot.run
        let m = RunMetrics(snapshot)
        var out = "# \(run.reference) — run #\(run.id ?? 0)\n\n"
        out += "**\(m.passed)/\(m.passed + m.failed) passed (\(Markdown.percent(m.passRate)))** · \(m.failed) failed · \(m.errors) errors"
        out += " · test set `\(run.testset)` · model `\(run.model)` via `\(run.provider)` · status \(run.status.rawValue)"
        if let reason = run.abortReason { out += " (\(reason))" }
        out += "\n\n"
        out += Markdown.table(["metric", "value"], [
            ["results (cases × repeats)", "\(m.results)"],
            ["pass rate", Markdown.percent(m.passRate)],
            ["mean score", String(format: "%.3f", m.meanScore)],
            ["schema validity", Markdown.percent(m.schemaValidity)],
            ["JSON found only by extraction (prose / code fence)", "\(m.flaggedParses)"],
            ["provider errors", "\(m.errors)"],
            ["tokens in / out", "\(m.inputTokens) / \(m.outputTokens)"],
            ["cost", Markdown.money(m.costUSD)],
            ["latency p50 / p95", String(format: "%.0f ms / %.0f ms", m.latencyP50, m.latencyP95)],
            ["cache hits", "\(m.cacheHits)"],
        ], align: [.left, .right])
        out += fieldSection()
        out += failureSection()
        return out
    }

    private func fieldSection() -> String {
        let stats = FieldStats.of(snapshot)
        guard !stats.isEmpty else { return "" }
        var out = "\n## Field accuracy\n\n"
        out += Markdown.table(["field", "accuracy", "precision", "recall", "F1"], stats.map {
            [Markdown.code($0.path), Markdown.percent($0.accuracy), String(format: "%.3f", $0.precision), String(format: "%.3f", $0.recall), String(format: "%.3f", $0.f1)]
        }, align: [.left, .right, .right, .right, .right])
        return out
    }

    private func failureSection() -> String {
        let failing = snapshot.results.filter { $0.verdict != .pass }
        guard !failing.isEmpty else { return "\n## Failures\n\nNone.\n" }
        var out = "\n## Failures and errors (\(failing.count))\n\n"
        for result in failing {
            let label = result.verdict == .error ? "error" : "fail"
            let repeatNote = snapshot.run.repeats > 1 ? " repeat \(result.repeatIndex)" : ""
            out += "- \(Markdown.code(result.caseID))\(repeatNote) — \(label): "
            out += result.reasons.prefix(4).map { Markdown.cell(redactor.redact($0)) }.joined(separator: "; ")
            if result.reasons.count > 4 { out += "; … \(result.reasons.count - 4) more" }
            out += "\n"
        }
        return out
    }
}
