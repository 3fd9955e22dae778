/// The Markdown report of one run: the headline, the figures, per-field accuracy, failures,
/// operational signals, the trend across versions and a review sample.
public struct RunReport: Sendable {
    public let snapshot: RunSnapshot
    let redactor: ReportRedactor
    let trend: [(version: Int, metrics: RunMetrics)]
    let deadLetters: Int
    let calls: RunCallFacts?
    /// `name@vN` -> each judge's measured agreement with people, shown beside its verdicts.
    public var judgeAgreements: [String: String] = [:]

    /// `calls` (from `ResultStore.callFacts`) adds what the run spent and the request ids of errors.
    public init(
        snapshot: RunSnapshot, trend: [(version: Int, metrics: RunMetrics)] = [], deadLetters: Int = 0,
        calls: RunCallFacts? = nil,
        redactor: ReportRedactor = ReportRedactor()
    ) {
        self.snapshot = snapshot
        self.trend = trend
        self.deadLetters = deadLetters
        self.calls = calls
        self.redactor = redactor
    }

    public func markdown() -> String {
        let run = snapshot.run
        let m = snapshot.metrics
        let name = Markdown.text(run.prompt)
        // `@v3` after a word character is no mention; after anything else it would be one.
        let at =
            name.unicodeScalars.last.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" } == true
            ? "@" : "@\u{200D}"
        var out = "# \(name)\(at)v\(run.version)\n\n"
        let rate = m.results == 0 ? 0 : Double(m.passed) / Double(m.results)
        out +=
            "**\(m.passed)/\(m.results) passed (\(Markdown.percent(rate)))** · \(m.failed) failed · \(m.errors) provider errors"
        out +=
            " · test set \(Markdown.code(run.testset)) · model \(Markdown.code(run.model)) via \(Markdown.code(run.provider)) · \(run.repeats) repeat\(run.repeats == 1 ? "" : "s") · status \(run.status.rawValue)"
        if let reason = run.abortReason { out += " (\(Markdown.text(reason)))" }
        let models = ModelShares(snapshot)
        if models.isMixed { out += "\n\nAnswered by: \(models.summary(code: Markdown.code))" }
        out += "\n\n" + SummaryTable(baseline: nil, candidate: m, baselineLabel: "", candidateLabel: "value").markdown()
        let fields = FieldTable(baseline: nil, candidate: FieldStats.of(snapshot)).markdown()
        if !fields.isEmpty { out += "\n" + fields }
        let judges = JudgeTable(
            stats: JudgeStats.of(snapshot), spentUSD: calls?.judgeSpentUSD, agreements: judgeAgreements
        ).markdown()
        if !judges.isEmpty { out += "\n" + judges }
        out += "\n" + failureSection()
        out +=
            "\n"
            + OperationalSection(
                signals: OperationalSignals(snapshot), deadLetters: deadLetters, spentUSD: calls?.spentUSD,
                estimatedUSD: calls?.estimatedUSD ?? 0, firstToken: calls?.firstToken
            ).markdown()
        let trendText = TrendSection(points: trend).markdown()
        if !trendText.isEmpty { out += "\n" + trendText }
        let sample = ReviewSample(snapshot: snapshot, size: 5, seed: run.sampleSeed, redactor: redactor).markdown()
        if !sample.isEmpty { out += "\n" + sample }
        return out
    }

    private func failureSection() -> String {
        let failing = snapshot.results.filter { $0.verdict != .pass }
        guard !failing.isEmpty else { return "## Failures\n\nNone.\n" }
        var out = "## Failures and errors (\(failing.count))\n\n"
        for result in failing {
            let label = result.verdict == .error ? "error" : "fail"
            let repeatNote = snapshot.run.repeats > 1 ? " repeat \(result.repeatIndex)" : ""
            let critical = CaseTag.isCritical(result.tags) ? " (\(CaseTag.critical))" : ""
            out += "- \(Markdown.code(result.caseID))\(repeatNote)\(critical) — \(label): "
            out += result.reasons.prefix(4).map { Markdown.text(redactor.redact($0)) }.joined(separator: "; ")
            if result.reasons.count > 4 { out += "; … \(result.reasons.count - 4) more" }
            if let id = calls?.requestID(of: result) { out += " (request id \(Markdown.code(id)))" }
            out += "\n"
        }
        return out
    }
}
