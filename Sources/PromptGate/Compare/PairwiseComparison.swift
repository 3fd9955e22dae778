/// Which version one pairwise judge answer prefers, read in the order it was asked.
public enum PairwisePreference: String, Sendable {
    case baseline, candidate, tie

    /// The preference `verdict` states when `order`'s first answer was shown as A.
    init(_ verdict: PairwiseVerdict, order: PairwiseOrder) {
        switch (verdict, order) {
        case (.tie, _): self = .tie
        case (.a, .baselineFirst), (.b, .candidateFirst): self = .baseline
        case (.b, .baselineFirst), (.a, .candidateFirst): self = .candidate
        }
    }
}

/// One case judged in both orders: the two answers and what they make together.
public struct PairwiseCase: Sendable {
    public let caseID: String
    public let baselineFirst: PairwiseAnswer
    public let candidateFirst: PairwiseAnswer
    /// True when both versions gave the same text: a tie, and the judge was not asked.
    public let identical: Bool

    public init(
        caseID: String, baselineFirst: PairwiseAnswer, candidateFirst: PairwiseAnswer, identical: Bool = false
    ) {
        self.caseID = caseID
        self.baselineFirst = baselineFirst
        self.candidateFirst = candidateFirst
        self.identical = identical
    }

    /// The preference of the answer asked in `order`, nil without a verdict.
    public func preference(_ order: PairwiseOrder) -> PairwisePreference? {
        let answer = order == .baselineFirst ? baselineFirst : candidateFirst
        return answer.verdict.map { PairwisePreference($0, order: order) }
    }

    /// The case's outcome: a win or loss only when both orders name the same version; a flip with
    /// the order, or a tie in either, is a tie; nil when either order has no verdict.
    public var outcome: PairwisePreference? {
        guard let first = preference(.baselineFirst), let second = preference(.candidateFirst) else { return nil }
        return first == second ? first : .tie
    }

    /// True when both orders give the same answer about the versions (the same winner, or both a tie).
    public var consistent: Bool? {
        guard let first = preference(.baselineFirst), let second = preference(.candidateFirst) else { return nil }
        return first == second
    }
}

/// A pairwise comparison of baseline and candidate by a judge asked in both orders: win/tie/loss
/// counts, how often the judge's answer survived swapping the order, and the paired sign test.
public struct PairwiseComparison: Sendable {
    /// The judge (`name@vN`) and what it compared (a field path or `reply`).
    public let judge: String
    public let target: String
    public let cases: [PairwiseCase]
    /// Shared cases with nothing to compare (an answer missing on either side, or no such field).
    public let skipped: [(caseID: String, why: String)]
    /// The one-sided significance level the rule uses (its share of the gate's alpha).
    public let alpha: Double

    public init(
        judge: String, target: String, cases: [PairwiseCase], skipped: [(caseID: String, why: String)], alpha: Double
    ) {
        self.judge = judge
        self.target = target
        self.cases = cases
        self.skipped = skipped
        self.alpha = alpha
    }

    /// Cases judged in both orders.
    public var judged: [PairwiseCase] { cases.filter { $0.outcome != nil } }
    public var wins: Int { cases.count { $0.outcome == .candidate } }
    public var ties: Int { cases.count { $0.outcome == .tie } }
    public var losses: Int { cases.count { $0.outcome == .baseline } }
    /// Cases lacking a verdict in either order.
    public var unjudged: [PairwiseCase] { cases.filter { $0.outcome == nil } }

    /// Cases whose answers were the same on both sides (ties the judge was not asked about).
    public var identical: Int { cases.count { $0.identical } }

    /// Share of the cases the judge was asked about whose two answers agree; nil when none was.
    public var consistency: Double? {
        let judged = judged.filter { !$0.identical }
        guard !judged.isEmpty else { return nil }
        return Double(judged.count { $0.consistent == true }) / Double(judged.count)
    }

    /// The paired sign test on wins against losses (ties dropped).
    public var signTest: SignTest { SignTest(wins: wins, losses: losses, alpha: alpha) }

    /// What one order alone would conclude (the naive comparison): (candidate preferred, tie,
    /// baseline preferred) over the answers with a verdict.
    public func singleOrder(_ order: PairwiseOrder) -> (wins: Int, ties: Int, losses: Int) {
        let preferences = cases.compactMap { $0.preference(order) }
        return (
            preferences.count { $0 == .candidate }, preferences.count { $0 == .tie },
            preferences.count { $0 == .baseline }
        )
    }

    /// Answers naming answer A (the one shown first) among the answers naming a winner: 1/2 for a
    /// judge without position bias.
    public var firstShownShare: Double? {
        let verdicts = cases.flatMap { [$0.baselineFirst.verdict, $0.candidateFirst.verdict] }.compactMap { $0 }
        let decided = verdicts.filter { $0 != .tie }
        guard !decided.isEmpty else { return nil }
        return Double(decided.count { $0 == .a }) / Double(decided.count)
    }

    /// Calls made now, their cost, and the judge's tokens (cached answers included).
    public var calls: Int { cases.reduce(0) { $0 + $1.baselineFirst.calls + $1.candidateFirst.calls } }
    public var spentUSD: Double { cases.reduce(0) { $0 + $1.baselineFirst.costUSD + $1.candidateFirst.costUSD } }
    /// What every answer cost (fresh and cached, at the judge's price).
    public var costUSD: Double {
        cases.reduce(0) {
            $0 + $1.baselineFirst.costUSD + $1.baselineFirst.cachedCostUSD + $1.candidateFirst.costUSD
                + $1.candidateFirst.cachedCostUSD
        }
    }
    public var tokens: TokenUsage {
        cases.reduce(TokenUsage(inputTokens: 0, outputTokens: 0)) {
            TokenUsage(
                inputTokens: $0.inputTokens + $1.baselineFirst.usage.inputTokens + $1.candidateFirst.usage.inputTokens,
                outputTokens: $0.outputTokens + $1.baselineFirst.usage.outputTokens
                    + $1.candidateFirst.usage.outputTokens)
        }
    }
}
