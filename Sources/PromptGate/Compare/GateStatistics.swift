import Foundation

/// The gate's statistical rules on paired data: the pass-rate rule and the mean-score rule under
/// one alpha (`DropRule`), each with the reason in the words of the statistics paragraph. `Gate`
/// and `GateSimulation` both call this, so the simulation measures the rules the gate applies.
///
/// One error budget: the pass-rate test spends `passRateShare` (4/5) of the policy's alpha and the
/// mean-score test the rest, so with no true change the two together fail at most alpha of the
/// time (union bound), whatever the correlation between them.
public enum GateStatistics {
    /// Share of alpha spent on the pass-rate test; the mean-score test spends the rest.
    public static let passRateShare = 0.8

    /// The rules and the results behind them.
    public struct Outcome: Sendable {
        public let rules: [GateRuleResult]
        public let passRate: SignificanceResult?
        public let meanScore: SignificanceResult?
    }

    /// Evaluates both rules; no rule when there is no paired case.
    public static func evaluate(
        _ paired: PairedOutcomes, policy: GatePolicy, resamples: Int = 10_000,
        seed: UInt64 = PairedBootstrap.defaultSeed
    ) -> Outcome {
        guard !paired.items.isEmpty else { return Outcome(rules: [], passRate: nil, meanScore: nil) }
        let decision = SignificanceDecision(alpha: policy.alpha * passRateShare)
        let scoreDecision = SignificanceDecision(
            alpha: policy.alpha * (1 - passRateShare), bootstrap: PairedBootstrap(resamples: resamples, seed: seed))
        var rules: [GateRuleResult] = []
        let passRate = try? decision.decide(paired.items.map(\.counts))
        if let passRate {
            rules.append(
                passRateRule(
                    passRate, exceeds: paired.passRateDropExceeds(policy.maxPassRateDrop),
                    maximum: policy.maxPassRateDrop))
        }
        let meanScore = try? scoreDecision.decide(
            baselineScores: paired.items.map(\.baselineScore), candidateScores: paired.items.map(\.candidateScore))
        if let meanScore {
            rules.append(meanScoreRule(meanScore, maximum: policy.maxMeanScoreDrop))
        }
        return Outcome(rules: rules, passRate: passRate, meanScore: meanScore)
    }

    static func passRateRule(_ result: SignificanceResult, exceeds: Bool, maximum: Double) -> GateRuleResult {
        let drop = String(format: "%.1f points", -result.effect)
        let allowed = String(format: "%.1f points", maximum * 100)
        switch DropRule.passRate(result, exceedsMaximum: exceeds) {
        case .significantDrop, .beyondMaximum:
            // The test weighs each case by its noise: it can find a drop where the plain pass rate did not fall.
            let what =
                result.effect < 0
                ? "pass rate dropped \(drop)"
                : "noise-weighted pass rate dropped " + String(format: "%.1f points", -result.testedEffect)
            return GateRuleResult(
                rule: "pass_rate", outcome: .fail, message: what + ", unlikely to be noise: " + result.explanation)
        case .borderline:
            return GateRuleResult(
                rule: "pass_rate", outcome: .warn,
                message: "pass rate dropped \(drop), more than the allowed \(allowed), "
                    + "and close to significant (one-sided p below twice its alpha); add cases or repeats to tell: "
                    + result.explanation)
        case .ok:
            let note =
                exceeds
                ? "pass rate dropped \(drop), more than the allowed \(allowed), but within run-to-run noise: " : ""
            return GateRuleResult(rule: "pass_rate", outcome: .ok, message: note + result.explanation)
        }
    }

    static func meanScoreRule(_ result: SignificanceResult, maximum: Double) -> GateRuleResult {
        let drop = String(format: "%.3f", -result.effect)
        let allowed = String(format: "%.3f", maximum)
        switch DropRule.meanScore(result, maximumDrop: maximum) {
        case .significantDrop, .beyondMaximum:
            return GateRuleResult(
                rule: "mean_score", outcome: .fail,
                message: "mean score dropped \(drop), more than the allowed \(allowed), "
                    + "and unlikely to be noise: " + result.explanation)
        case .ok, .borderline:
            let note = result.significantDrop ? "mean score dropped \(drop), within the allowed \(allowed): " : ""
            return GateRuleResult(rule: "mean_score", outcome: .ok, message: note + result.explanation)
        }
    }
}
