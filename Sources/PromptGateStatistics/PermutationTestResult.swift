/// The outcome of a `StratifiedPermutationTest`: the observed statistic and its one- and
/// two-sided p-values.
public struct PermutationTestResult: Sendable, Equatable, Hashable {
    /// Cases compared.
    public let cases: Int
    /// Cases whose runs were not all passes or all failures: the ones that carry information.
    public let informativeCases: Int
    /// Null draws.
    public let draws: Int
    /// Sum over cases of the candidate's standardized deviation (negative: fewer passes).
    public let statistic: Double
    /// One-sided p-value for "the candidate is worse": small when the candidate passed less often.
    public let lowerPValue: Double
    /// One-sided p-value for "the candidate is better".
    public let upperPValue: Double
    /// Two-sided p-value, min(1, 2 x the smaller one-sided value).
    public let pValue: Double
}
