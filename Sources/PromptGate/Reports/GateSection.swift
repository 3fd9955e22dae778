/// The verdict block at the top of a gated diff report: the verdict, why, and what the
/// statistics mean in plain words.
struct GateSection {
    let decision: GateDecision

    func markdown() -> String {
        let icon: String
        switch decision.verdict {
        case .pass: icon = "✅"
        case .warn: icon = "⚠️"
        case .fail: icon = "❌"
        case .inconclusive: icon = "❔"
        }
        var out = "## \(icon) Gate: \(decision.verdict.rawValue)\n\n"
        let reasons = decision.reasons
        if reasons.isEmpty {
            out += "Every rule passed.\n\n"
        } else {
            for rule in reasons {
                out +=
                    "- **\(rule.outcome.rawValue.uppercased())** \(Markdown.code(rule.rule)): \(Markdown.text(rule.message))\n"
            }
            out += "\n"
        }
        if let passRate = decision.passRate {
            let gateAlpha = passRate.alpha / GateStatistics.passRateShare
            let budget =
                "the pass rate spends alpha = \(SignificanceExplanation.compact(passRate.alpha)) of the gate's "
                + "\(SignificanceExplanation.compact(gateAlpha)), the mean score the other \(SignificanceExplanation.compact(gateAlpha - passRate.alpha))"
            out +=
                "Statistics (\(passRate.methodName), \(passRate.cases) paired cases; \(budget)): \(passRate.explanation)\n\n"
            out += PowerLine(paired: decision.paired, alpha: passRate.alpha).markdown()
        }
        let ok = decision.rules.filter { $0.outcome == .ok }
        if !ok.isEmpty {
            out += "<details><summary>Rules that passed (\(ok.count))</summary>\n\n"
            out +=
                ok.map { "- \(Markdown.code($0.rule)): \(Markdown.text($0.message))" }.joined(separator: "\n")
                + "\n\n</details>\n\n"
        }
        return out
    }
}
