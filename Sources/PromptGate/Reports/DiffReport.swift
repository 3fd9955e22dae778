/// The Markdown report of a comparison, written for a pull-request reviewer: the verdict and why
/// first, then the figures side by side, regressions with field-level expected vs actual, fixes,
/// flaky cases, operational signals, the trend, and a review sample.
public struct DiffReport: Sendable {
    /// GitHub's limit for a PR comment is 65,536 characters; the summary stays under this.
    public static let commentLimit = 60_000

    public let diff: RunDiff
    /// The gate's decision, shown first.
    public let decision: GateDecision?
    /// Why the baseline was chosen (named under the title).
    let baselineReason: String?
    let redactor: ReportRedactor
    let trend: [(version: Int, metrics: RunMetrics)]
    let deadLetters: Int
    /// The pairwise judge's comparison of the two versions' answers, when the test set names one.
    public var pairwise: PairwiseComparison?

    public init(
        diff: RunDiff, decision: GateDecision? = nil, baselineReason: String? = nil,
        trend: [(version: Int, metrics: RunMetrics)] = [], deadLetters: Int = 0,
        redactor: ReportRedactor = ReportRedactor()
    ) {
        self.diff = diff
        self.deadLetters = deadLetters
        self.decision = decision
        self.baselineReason = baselineReason
        self.trend = trend
        self.redactor = redactor
    }

    /// The full report, or one cut to `limit` characters with a pointer to `fullReport`.
    public func markdown(limit: Int? = nil, fullReport: String? = nil) -> String {
        let b = diff.baseline.run, c = diff.candidate.run
        let mb = diff.baseline.metrics, mc = diff.candidate.metrics
        var head = "# \(Markdown.text(c.prompt)): v\(c.version) vs v\(b.version)\n\n"
        if let baselineReason { head += "Baseline: v\(b.version), \(Markdown.text(baselineReason)).\n\n" }
        if let decision { head += GateSection(decision: decision).markdown() }
        head += headline() + "\n\n"
        head += SummaryTable(
            baseline: mb, candidate: mc, baselineLabel: "v\(b.version) (baseline)",
            candidateLabel: "v\(c.version) (candidate)"
        ).markdown()
        head +=
            "\n"
            + Markdown.table(
                ["transition", "cases"],
                CaseTransition.allCases.map {
                    [$0.rawValue.replacingOccurrences(of: "_", with: " "), "\(diff.counts[$0] ?? 0)"]
                }, align: [.left, .right])
        let fields = FieldTable(baseline: FieldStats.of(diff.baseline), candidate: FieldStats.of(diff.candidate))
            .markdown()
        if !fields.isEmpty { head += "\n" + fields }
        let judges = JudgeComparisonTable(
            baseline: JudgeStats.of(diff.baseline), candidate: JudgeStats.of(diff.candidate),
            baselineLabel: "v\(b.version)", candidateLabel: "v\(c.version)"
        ).markdown()
        if !judges.isEmpty { head += "\n" + judges }
        if let pairwise {
            head +=
                "\n"
                + PairwiseSection(
                    comparison: pairwise, baselineLabel: "v\(b.version)", candidateLabel: "v\(c.version)"
                ).markdown()
        }
        var tail =
            "\n" + OperationalSection(signals: OperationalSignals(diff.candidate), deadLetters: deadLetters).markdown()
        let trendText = TrendSection(points: trend).markdown()
        if !trendText.isEmpty { tail += "\n" + trendText }
        let sample = ReviewSample(snapshot: diff.candidate, size: 5, seed: c.sampleSeed, redactor: redactor).markdown()
        if !sample.isEmpty { tail += "\n" + sample }
        let sections: [(String, [CaseDiff])] = [
            ("Regressions", diff.regressions), ("Fixes", diff.fixes), ("Flaky", diff.cases(.flaky)),
            ("Provider errors", diff.cases(.error)),
        ]
        var budget = limit.map { $0 - head.count - 400 } ?? Int.max
        var body = ""
        var cut = false
        for (title, cases) in sections where !cases.isEmpty {
            var section = "\n## \(title) (\(cases.count))\n\n"
            var sectionLength = section.count  // kept as we go: String.count walks the whole string
            var shown = 0
            for item in cases {
                let block = CaseDetail(item: item, candidate: diff.candidate, redactor: redactor).markdown()
                let blockLength = block.count
                if sectionLength + blockLength > budget { break }
                section += block
                sectionLength += blockLength
                shown += 1
            }
            if shown < cases.count {
                cut = true
                section +=
                    "… \(cases.count - shown) more \(title.lowercased()) in the full report\(fullReport.map { ": \(Markdown.code($0))" } ?? "").\n"
            }
            budget -= section.count
            body += section
        }
        let lists =
            stillFailing() + idList("Added cases", diff.cases(.added))
            + idList(
                diff.candidate.run.status == .completed
                    ? "Removed cases" : "Removed or not run (the candidate's run stopped before it finished)",
                diff.cases(.removed))
        if lists.count <= budget { body += lists } else { cut = true }
        if let limit, head.count + body.count + tail.count > limit || cut {
            let footer =
                "\n_Case lists, operational signals, trend and review sample are in the full report\(fullReport.map { ": \(Markdown.code($0))" } ?? "")._\n"
            return head + Self.fitting(body, into: limit - head.count - footer.count) + footer
        }
        return head + body + tail
    }

    /// `body` cut before its last whole case block or section that fits in `room` characters, so
    /// a cut summary stays within its limit with every `<details>` closed.
    static func fitting(_ body: String, into room: Int) -> String {
        guard body.count > room else { return body }
        let prefix = body.prefix(max(0, room))
        let boundaries = ["\n<details>", "\n## "].compactMap { prefix.range(of: $0, options: .backwards)?.lowerBound }
        guard let end = boundaries.max() else { return "" }
        return String(prefix[..<end]) + "\n"
    }

    /// The regressions and the pass rates of the cases the statistics used (`PairedOutcomes`:
    /// the gate's own when there is a decision), naming the cases they had to leave out.
    private func headline() -> String {
        let paired = decision?.paired ?? PairedOutcomes(diff)
        let rates = paired.passRates ?? (0, 0)
        let regressions = diff.regressions
        let shared = paired.items.count
        // When the candidate's errors were left out (the comparison could not be judged), only the
        // answers that came back were compared: say so.
        let answered = diff.candidateErrors == .leftOut ? " in the answers that came back" : ""
        var text =
            regressions.isEmpty
            ? "**No regressions\(answered).** "
            : "**\(regressions.count) regression\(regressions.count == 1 ? "" : "s")\(answered)**: \(regressions.prefix(20).map { Markdown.code($0.caseID) }.joined(separator: ", "))\(regressions.count > 20 ? ", …" : ""). "
        text +=
            "Pass rate \(Markdown.percent(rates.baseline)) → \(Markdown.percent(rates.candidate)) (\(Markdown.points(rates.candidate - rates.baseline))) on \(shared) shared cases"
        let fixes = diff.fixes.count
        if fixes > 0 { text += "; \(fixes) fix\(fixes == 1 ? "" : "es")" }
        if !paired.excluded.isEmpty {
            // Grouped by reason, in the order the reasons first occur, ten ids at most per reason.
            var reasons: [String] = []
            var ids: [String: [String]] = [:]
            for (caseID, reason) in paired.excluded {
                if ids[reason] == nil { reasons.append(reason) }
                ids[reason, default: []].append(caseID)
            }
            let groups = reasons.map { reason in
                let list = ids[reason] ?? []
                let named = list.prefix(10).map(Markdown.code).joined(separator: ", ") + (list.count > 10 ? ", …" : "")
                return "\(list.count) case\(list.count == 1 ? "" : "s") where \(reason) (\(named))"
            }
            text += "; left out of the statistics: " + groups.joined(separator: "; ")
        }
        return text + "."
    }

    /// Cases that failed in both versions, folded: each id with its first reason.
    private func stillFailing() -> String {
        let cases = diff.cases(.stillFailing)
        guard !cases.isEmpty else { return "" }
        var out = "\n<details><summary>Still failing in both versions (\(cases.count))</summary>\n\n"
        for item in cases {
            let why = item.candidate?.results.first { $0.verdict != .pass }?.reasons.first
            out +=
                "- " + Markdown.code(item.caseID) + (why.map { ": " + Markdown.text(redactor.redact($0)) } ?? "") + "\n"
        }
        return out + "\n</details>\n"
    }

    private func idList(_ title: String, _ cases: [CaseDiff]) -> String {
        guard !cases.isEmpty else { return "" }
        return "\n## \(title) (\(cases.count))\n\n" + cases.map { Markdown.code($0.caseID) }.joined(separator: ", ")
            + "\n"
    }
}

/// One case of a diff as a collapsible block: its reasons and a field-level expected vs actual table.
struct CaseDetail {
    let item: CaseDiff
    let candidate: RunSnapshot
    let redactor: ReportRedactor

    func markdown() -> String {
        let critical = item.isCritical ? " · critical" : ""
        let b = item.baseline.map { "\($0.passes)/\($0.results.count)" } ?? "–"
        let c = item.candidate.map { "\($0.passes)/\($0.results.count)" } ?? "–"
        let summary = "<code>\(Markdown.html(item.caseID))</code> — passes \(b) → \(c)\(critical)"
        var out = ""
        if let result = item.candidate?.results.first(where: { $0.verdict != .pass }) ?? item.candidate?.results.first {
            if !result.reasons.isEmpty {
                out +=
                    result.reasons.prefix(6).map { "- " + Markdown.text(redactor.redact($0)) }.joined(separator: "\n")
                    + "\n\n"
            }
            let fields = Array(candidate.fields(of: result).filter { $0.status != .ignored && $0.status != .match })
            if !fields.isEmpty {
                out += Markdown.table(
                    ["field", "expected", "actual", "outcome"],
                    fields.map {
                        [
                            Markdown.code($0.path), Markdown.code(redactor.redact($0.expectedJSON ?? "absent")),
                            Markdown.code(redactor.redact($0.actualJSON ?? "absent")), $0.status.rawValue,
                        ]
                    })
                out += "\n"
            }
        }
        // A case with nothing to unfold (a fix that now passes cleanly) is one line, not an empty block.
        guard !out.isEmpty else { return "- \(summary)\n\n" }
        return "<details><summary>\(summary)</summary>\n\n" + out + "</details>\n\n"
    }
}
