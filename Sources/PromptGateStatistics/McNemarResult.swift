/// The outcome of an exact McNemar test on paired pass/fail results: the discordant counts and
/// the two-sided p-value for "regressions and fixes are equally likely".
public struct McNemarResult: Sendable, Equatable, Hashable {
    /// Cases that passed on the baseline and failed on the candidate.
    public let regressions: Int
    /// Cases that failed on the baseline and passed on the candidate.
    public let fixes: Int
    /// Two-sided exact p-value, min(1, 2 * P(X <= min(b, c))) with X ~ Binomial(b + c, 1/2).
    public let pValue: Double
    /// One-sided exact p-value for "the candidate is worse", P(X <= fixes): small when regressions
    /// clearly outnumber fixes.
    public let lowerPValue: Double
    /// One-sided exact p-value for "the candidate is better", P(X >= fixes) = P(X <= regressions).
    public let upperPValue: Double

    /// Number of cases whose outcome changed (b + c), the only cases that carry information.
    public var discordant: Int { regressions + fixes }
}
