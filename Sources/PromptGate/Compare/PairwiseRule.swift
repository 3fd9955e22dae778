/// Gate rule `pairwise`: FAIL when a pairwise judge, asked in both orders, finds the candidate
/// worse than the baseline beyond chance (the one-sided sign test on wins and losses).
///
/// One error budget: when the test set names a pairwise judge, this rule spends `alphaShare` (1/5)
/// of the policy's alpha and the pass-rate and mean-score rules share the rest in their usual
/// proportion, so with no true change the statistical rules together still fail at most alpha of
/// the time.
public enum PairwiseRule {
    public static let rule = "pairwise"

    /// Share of the gate's alpha the pairwise test spends.
    public static let alphaShare = 0.2

    /// The policy the other statistical rules use beside a pairwise comparison: alpha less this
    /// rule's share.
    public static func remainder(of policy: GatePolicy) -> GatePolicy {
        var rest = policy
        rest.alpha = policy.alpha * (1 - alphaShare)
        return rest
    }

    /// The rule's result: INCONCLUSIVE when the judge gave no verdict in both orders on more than
    /// the policy's error share of the cases (or on none at all), FAIL on a significant loss.
    public static func evaluate(_ comparison: PairwiseComparison, policy: GatePolicy) -> GateRuleResult {
        let who = "`\(comparison.judge)` on \(comparison.target)"
        let asked = comparison.cases.count, missing = comparison.unjudged.count
        if asked == 0 || missing == asked || Double(missing) / Double(asked) > policy.maxErrorShare {
            let why = comparison.unjudged.first.flatMap { $0.baselineFirst.problem ?? $0.candidateFirst.problem }
            return GateRuleResult(
                rule: rule, outcome: .inconclusive,
                message: asked == 0
                    ? "the pairwise judge \(who) had no case to compare (both versions must answer a case)"
                    : "the pairwise judge \(who) gave no verdict in both orders on \(missing) of \(asked) cases (limit \(String(format: "%.1f%%", policy.maxErrorShare * 100)))"
                        + (why.map { ": \($0)" } ?? ""))
        }
        let test = comparison.signTest
        let counts = "\(comparison.wins) wins, \(comparison.ties) ties, \(comparison.losses) losses"
        let consistency = comparison.consistency.map { String(format: "%.0f%%", $0 * 100) } ?? "n/a"
        let prefix = "pairwise judge \(who): \(counts) (answers consistent across orders: \(consistency)); "
        let explanation = test.explanation(alpha: comparison.alpha)
        if test.losesSignificantly(alpha: comparison.alpha) {
            return GateRuleResult(
                rule: rule, outcome: .fail, message: "the candidate loses the " + prefix + explanation)
        }
        return GateRuleResult(rule: rule, outcome: .ok, message: prefix + explanation)
    }
}
