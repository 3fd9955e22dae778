/// The judges' verdicts across a run, with their tokens and cost counted apart from the answers'.
struct JudgeTable {
    let stats: [JudgeStats]
    /// Spent by this run's judge calls (cached verdicts spend nothing), when known.
    var spentUSD: Double?
    /// `name@vN` -> the judge's measured agreement with people (`judge calibrate`), at its current text.
    var agreements: [String: String] = [:]

    func markdown() -> String {
        guard !stats.isEmpty else { return "" }
        let header = [
            "judge", "grades", "passed", "failed", "no verdict", "verdicts", "agreement with people",
            "judge tokens (in / out)", "judge cost",
        ]
        let rows = stats.map { s -> [String] in
            let verdicts = s.scale.values.reversed().compactMap { v in
                s.verdicts[v].map { "\(s.scale.label(v)): \($0)" }
            }.joined(separator: ", ")
            let rule = s.scale == .passFail ? "" : " (pass ≥ \(s.threshold))"
            return [
                Markdown.code(s.judge), Markdown.code(s.target) + rule, "\(s.passed)", "\(s.failed)", "\(s.unjudged)",
                verdicts.isEmpty ? "—" : verdicts, agreements[s.judge].map(Markdown.text) ?? "not measured",
                "\(s.inputTokens) / \(s.outputTokens)", Money.text(s.costUSD),
            ]
        }
        var out =
            "## Judges\n\n"
            + Markdown.table(header, rows, align: [.left, .left] + Array(repeating: .right, count: header.count - 2))
        let cost = stats.reduce(0) { $0 + $1.costUSD },
            tokens = stats.reduce(0) { $0 + $1.inputTokens + $1.outputTokens }
        out +=
            "\nJudge tokens and cost are counted apart from the answers': \(tokens) tokens and \(Money.text(cost)) for the verdicts"
        if let spentUSD, spentUSD != cost {
            out += " (\(Money.text(spentUSD)) spent by this run's judge calls; the cache served the rest)"
        }
        return out + ".\n"
    }
}
