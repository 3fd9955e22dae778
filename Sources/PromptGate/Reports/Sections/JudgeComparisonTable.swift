/// The rubric judges' verdicts on both versions of a comparison, with their tokens and cost,
/// which are counted apart from the answers' (the summary table and the cost rule leave them out).
struct JudgeComparisonTable {
    let baseline: [JudgeStats]
    let candidate: [JudgeStats]
    let baselineLabel: String
    let candidateLabel: String

    func markdown() -> String {
        guard !(baseline.isEmpty && candidate.isEmpty) else { return "" }
        var keys: [String] = []
        for s in baseline + candidate where !keys.contains(Self.key(s)) { keys.append(Self.key(s)) }
        var rows: [[String]] = []
        for key in keys {
            for (label, stats) in [(baselineLabel, baseline), (candidateLabel, candidate)] {
                guard let s = stats.first(where: { Self.key($0) == key }) else { continue }
                let rule = s.scale == .passFail ? "" : " (pass ≥ \(s.threshold))"
                rows.append([
                    Markdown.code(s.judge), Markdown.code(s.target) + rule, label, "\(s.passed)", "\(s.failed)",
                    "\(s.unjudged)", "\(s.inputTokens) / \(s.outputTokens)", Money.text(s.costUSD),
                ])
            }
        }
        let header = [
            "judge", "grades", "version", "passed", "failed", "no verdict", "judge tokens (in / out)", "judge cost",
        ]
        return "## Judges\n\n"
            + Markdown.table(header, rows, align: [.left, .left, .left] + Array(repeating: .right, count: 5))
            + "\nJudge tokens and cost are counted apart from the answers': the summary table and the cost rule leave them out.\n"
    }

    private static func key(_ s: JudgeStats) -> String { s.judge + "\u{0}" + s.target }
}
