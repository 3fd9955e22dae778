/// The Markdown report of a comparison: regressions first, with field-level expected vs actual,
/// then fixes and the rest, and the aggregate deltas.
public struct DiffReport: Sendable {
    public let diff: RunDiff
    let redactor: ReportRedactor
    /// The gate's decision, shown first when the diff was gated.
    public let decision: GateDecision?

    public init(diff: RunDiff, decision: GateDecision? = nil, redactor: ReportRedactor = ReportRedactor()) {
        self.diff = diff
        self.decision = decision
        self.redactor = redactor
    }

    public func markdown() -> String {
        let b = diff.baseline.run, c = diff.candidate.run
        let mb = RunMetrics(diff.baseline), mc = RunMetrics(diff.candidate)
        let rates = diff.sharedPassRates
        var out = "# \(c.prompt): v\(c.version) vs v\(b.version)\n\n"
        if let decision { out += GateSection(decision: decision).markdown() }
        let regressions = diff.regressions
        out += regressions.isEmpty
            ? "**No regressions.** "
            : "**\(regressions.count) regression\(regressions.count == 1 ? "" : "s")**: \(regressions.map { Markdown.code($0.caseID) }.joined(separator: ", ")). "
        out += "Pass rate \(Markdown.percent(rates.baseline)) → \(Markdown.percent(rates.candidate)) (\(Markdown.points(rates.candidate - rates.baseline))) on \(diff.cases.filter { $0.baseline != nil && $0.candidate != nil }.count) shared cases.\n\n"
        out += Markdown.table(["", "v\(b.version) (baseline)", "v\(c.version) (candidate)", "delta"], [
            ["pass rate", Markdown.percent(mb.passRate), Markdown.percent(mc.passRate), Markdown.points(mc.passRate - mb.passRate)],
            ["mean score", String(format: "%.3f", mb.meanScore), String(format: "%.3f", mc.meanScore), Markdown.signed(mc.meanScore - mb.meanScore)],
            ["schema validity", Markdown.percent(mb.schemaValidity), Markdown.percent(mc.schemaValidity), Markdown.points(mc.schemaValidity - mb.schemaValidity)],
            ["provider errors", "\(mb.errors)", "\(mc.errors)", String(format: "%+d", mc.errors - mb.errors)],
            ["tokens in / out", "\(mb.inputTokens) / \(mb.outputTokens)", "\(mc.inputTokens) / \(mc.outputTokens)", String(format: "%+d / %+d", mc.inputTokens - mb.inputTokens, mc.outputTokens - mb.outputTokens)],
            ["cost", Markdown.money(mb.costUSD), Markdown.money(mc.costUSD), Markdown.money(mc.costUSD - mb.costUSD)],
        ], align: [.left, .right, .right, .right])
        out += "\n" + Markdown.table(["transition", "cases"], CaseTransition.allCases.map { [$0.rawValue.replacingOccurrences(of: "_", with: " "), "\(diff.counts[$0] ?? 0)"] }, align: [.left, .right])
        out += section("Regressions", diff.regressions)
        out += section("Fixes", diff.fixes)
        out += section("Flaky", diff.cases(.flaky))
        out += section("Provider errors", diff.cases(.error))
        out += list("Added cases", diff.cases(.added))
        out += list("Removed cases", diff.cases(.removed))
        return out
    }

    private func section(_ title: String, _ cases: [CaseDiff]) -> String {
        guard !cases.isEmpty else { return "" }
        var out = "\n## \(title) (\(cases.count))\n\n"
        for item in cases {
            out += CaseDetail(item: item, baseline: diff.baseline, candidate: diff.candidate, redactor: redactor).markdown()
        }
        return out
    }

    private func list(_ title: String, _ cases: [CaseDiff]) -> String {
        guard !cases.isEmpty else { return "" }
        return "\n## \(title) (\(cases.count))\n\n" + cases.map { Markdown.code($0.caseID) }.joined(separator: ", ") + "\n"
    }
}

/// One case of a diff as a collapsible block: its reasons and a field-level expected vs actual table.
struct CaseDetail {
    let item: CaseDiff
    let baseline: RunSnapshot
    let candidate: RunSnapshot
    let redactor: ReportRedactor

    func markdown() -> String {
        let critical = item.isCritical ? " · critical" : ""
        let b = item.baseline.map { "\($0.passes)/\($0.results.count)" } ?? "–"
        let c = item.candidate.map { "\($0.passes)/\($0.results.count)" } ?? "–"
        var out = "<details><summary><code>\(Markdown.html(item.caseID))</code> — passes \(b) → \(c)\(critical)</summary>\n\n"
        if let result = item.candidate?.results.first(where: { $0.verdict != .pass }) ?? item.candidate?.results.first {
            if !result.reasons.isEmpty {
                out += result.reasons.prefix(6).map { "- " + Markdown.cell(redactor.redact($0)) }.joined(separator: "\n") + "\n\n"
            }
            let fields = candidate.fields(of: result).filter { $0.status != .ignored && $0.status != .match }
            if !fields.isEmpty {
                out += Markdown.table(["field", "expected", "actual", "outcome"], fields.map {
                    [Markdown.code($0.path), Markdown.code(redactor.redact($0.expectedJSON ?? "absent")), Markdown.code(redactor.redact($0.actualJSON ?? "absent")), $0.status.rawValue]
                })
                out += "\n"
            }
        }
        out += "</details>\n\n"
        return out
    }
}
