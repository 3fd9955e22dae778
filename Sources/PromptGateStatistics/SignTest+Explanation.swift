import Foundation

extension SignTest {
    /// The test in plain words, e.g. "The candidate won 1 and lost 9 of the 10 cases a winner was
    /// named in (win share 10%, 98% CI 0.5% to 44.4%); if both versions were equally good, a split
    /// at least this lopsided would happen by chance about 1 time in 93 (one-sided p = 0.011). Not
    /// a significant loss (alpha = 0.01): the interval reaches one half."
    public func explanation(alpha: Double) -> String {
        guard decided > 0 else {
            return "No case had a winner in both orders: the sign test has nothing to weigh (p = 1)."
        }
        let share = Double(wins) / Double(decided)
        let ci =
            "\(SignificanceExplanation.percent(winShare.level)) CI \(Self.percent(winShare.lower)) to \(Self.percent(winShare.upper))"
        let counts =
            "The candidate won \(wins) and lost \(losses) of the \(decided) \(decided == 1 ? "case" : "cases") a winner was named in (win share \(Self.percent(share)), \(ci))"
        let losing = wins < losses
        let p = losing ? lossPValue : winPValue
        let pText = SignificanceExplanation.pText(p, alpha: alpha)
        let chance: String
        if wins == losses || p >= 0.5 {
            chance = "splits like this are common when neither version is better (one-sided p = \(pText))"
        } else if p < 0.0001 {
            chance =
                "if both versions were equally good, a split at least this lopsided would happen by chance less than 1 time in 10,000 (one-sided p < 0.0001)"
        } else {
            chance =
                "if both versions were equally good, a split at least this lopsided would happen by chance about 1 time in \(SignificanceExplanation.timesIn(p)) (one-sided p = \(pText))"
        }
        let level = "alpha = \(SignificanceExplanation.compact(alpha))"
        let verdict: String
        if lossPValue < alpha {
            verdict = "A significant loss (\(level)): the whole interval is below one half."
        } else if winPValue < alpha {
            verdict = "A significant win (\(level)): the whole interval is above one half."
        } else if losing {
            verdict = "Not a significant loss (\(level)): the interval reaches one half."
        } else {
            verdict = "No significant difference (\(level))."
        }
        return "\(counts); \(chance). \(verdict)"
    }

    /// A share as a percentage with one decimal, without a trailing ".0".
    static func percent(_ share: Double) -> String {
        var text = SignificanceExplanation.number(share * 100, 1)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text + "%"
    }
}
