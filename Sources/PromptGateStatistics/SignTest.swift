/// The exact paired sign test on wins and losses (ties dropped): under "neither side is better",
/// each decided case is equally likely to go either way. The same binomial math as the exact
/// McNemar test, with the Clopper-Pearson interval for the win share that agrees with it.
public struct SignTest: Sendable, Equatable {
    /// Cases the candidate won.
    public let wins: Int
    /// Cases the candidate lost.
    public let losses: Int
    /// One-sided exact p for "the candidate is worse": P(X <= wins), X ~ Binomial(wins + losses, 1/2).
    public let lossPValue: Double
    /// One-sided exact p for "the candidate is better": P(X >= wins).
    public let winPValue: Double
    /// The candidate's share of the decided cases, wins / (wins + losses), with Clopper-Pearson bounds
    /// at level 1 - 2 alpha: its upper bound is below 1/2 exactly when `lossPValue` is below alpha.
    public let winShare: ConfidenceInterval

    /// Decided cases (wins + losses), the only ones the test uses.
    public var decided: Int { wins + losses }

    /// The test at one-sided `alpha`; negative counts are treated as zero.
    public init(wins: Int, losses: Int, alpha: Double) {
        let test = McNemar.exact(regressions: losses, fixes: wins)
        self.wins = test.fixes
        self.losses = test.regressions
        lossPValue = test.lowerPValue
        winPValue = test.upperPValue
        let n = test.discordant
        guard n > 0 else {
            winShare = ConfidenceInterval(lower: 0, upper: 1, level: 1 - 2 * alpha)
            return
        }
        // With `cases` = n the McNemar interval is 2 theta - 1 over the share of fixes theta.
        let change = McNemar.conditionalInterval(test, cases: n, alpha: alpha)
        winShare = ConfidenceInterval(
            lower: (change.lower + 1) / 2, upper: (change.upper + 1) / 2, level: change.level)
    }

    /// True when the candidate loses significantly at `alpha` (one-sided).
    public func losesSignificantly(alpha: Double) -> Bool { decided > 0 && lossPValue < alpha }
}
