/// The pairwise comparison in a diff report: win/tie/loss counts from a judge asked in both
/// orders, how often its answer survived the swap, the sign test in plain words, what one order
/// alone would have said (the position bias the swap cancels), and the cases the candidate lost.
struct PairwiseSection {
    let comparison: PairwiseComparison
    let baselineLabel: String
    let candidateLabel: String

    /// How many lost cases are listed with the judge's reasons.
    static let listed = 10

    func markdown() -> String {
        let c = comparison
        var out = "## Pairwise judge\n\n"
        out +=
            "\(Markdown.code(c.judge)) compared the \(Markdown.code(c.target)) of \(baselineLabel) (baseline) and \(candidateLabel) (candidate) on \(c.cases.count) \(c.cases.count == 1 ? "case" : "cases"), "
            + "asked twice with the order swapped; an answer that flips with the order counts as a tie.\n\n"
        out += Markdown.table(
            ["candidate wins", "ties", "candidate losses", "not judged", "consistent across orders"],
            [
                [
                    "\(c.wins)", "\(c.ties)", "\(c.losses)", "\(c.unjudged.count + c.skipped.count)",
                    c.consistency.map { Markdown.percent($0) } ?? "—",
                ]
            ], align: Array(repeating: .right, count: 5))
        if c.identical > 0 {
            out +=
                "\n\(c.identical) of the ties had the same answer on both sides: the judge was not asked about them, and the consistency rate leaves them out.\n"
        }
        out += "\n" + c.signTest.explanation(alpha: c.alpha) + "\n"
        if let first = c.firstShownShare {
            let naive = c.singleOrder(.baselineFirst)
            out +=
                "\nPosition bias: the judge named the answer shown first in \(Markdown.percent(first)) of the answers naming a winner (no bias: 50%). "
                + "Asked only with the baseline shown first, it would have said \(naive.wins) wins, \(naive.ties) ties, \(naive.losses) losses for the candidate.\n"
        }
        out +=
            "\nJudge tokens and cost, apart from the answers': \(c.tokens.inputTokens) / \(c.tokens.outputTokens) tokens (in / out), \(Money.text(c.costUSD))"
            + (c.calls == 0 && !c.cases.isEmpty ? " (every answer from the cache)" : "") + ".\n"
        let lost = c.cases.filter { $0.outcome == .baseline }
        if !lost.isEmpty {
            out += "\n### Cases the candidate lost (\(lost.count))\n\n"
            for item in lost.prefix(Self.listed) {
                out +=
                    "- \(Markdown.code(item.caseID)): baseline shown first: \(Markdown.text(item.baselineFirst.reason)); candidate shown first: \(Markdown.text(item.candidateFirst.reason))\n"
            }
            if lost.count > Self.listed { out += "- … and \(lost.count - Self.listed) more\n" }
        }
        if let problem = c.unjudged.first.flatMap({ $0.baselineFirst.problem ?? $0.candidateFirst.problem }) {
            out +=
                "\nNo verdict in both orders on \(c.unjudged.count) \(c.unjudged.count == 1 ? "case" : "cases"), e.g. \(Markdown.code(c.unjudged[0].caseID)): \(Markdown.text(problem))\n"
        }
        return out
    }
}
