import Foundation

/// Applies a `GatePolicy` to a `RunDiff`: hard rules, the paired statistical test, cost (`CostRule`), latency
/// and provider errors, and decides PASS / WARN / FAIL / INCONCLUSIVE.
public enum Gate {
    /// `pricing` prices answers stored without a cost (rows written before answers carried it).
    public static func evaluate(_ diff: RunDiff, policy: GatePolicy, pricing: [String: ModelPrice] = [:]) -> GateDecision {
        let base = diff.baseline.metrics, cand = diff.candidate.metrics
        var rules: [GateRuleResult] = []
        func add(_ rule: String, _ outcome: GateRuleResult.Outcome, _ message: String) {
            rules.append(GateRuleResult(rule: rule, outcome: outcome, message: message))
        }
        // Errors: a provider that failed makes the comparison inconclusive, not a pass.
        let errorShare = cand.results == 0 ? 1 : Double(cand.errors) / Double(cand.results)
        let baseErrorShare = base.results == 0 ? 1 : Double(base.errors) / Double(base.results)
        if max(errorShare, baseErrorShare) > policy.maxErrorShare {
            add("provider_errors", .inconclusive, "provider errors on \(pct(max(errorShare, baseErrorShare))) of results (limit \(pct(policy.maxErrorShare))): quality cannot be judged")
        } else {
            add("provider_errors", .ok, "provider errors \(cand.errors) of \(cand.results)")
        }
        // Hard rules: the absolute ones (which also judge a version alone), then critical cases.
        rules += AbsoluteRules.evaluate(diff.candidate, policy: policy)
        let critical = diff.regressions.filter(\.isCritical).map(\.caseID)
        if policy.noCriticalRegressions {
            add("critical_regressions", critical.isEmpty ? .ok : .fail,
                critical.isEmpty ? "no regression on critical cases" : "regression on critical case\(critical.count == 1 ? "" : "s") \(ids(critical))")
        }
        rules.append(RefusalRule.evaluate(diff, policy: policy))
        // Statistics on the cases both runs scored.
        let (passRate, meanScore) = significance(diff, alpha: policy.alpha)
        if let passRate {
            rules.append(statisticalRule("pass_rate", passRate, maximumDrop: policy.maxPassRateDrop * 100, unit: " points"))
        }
        if let meanScore {
            rules.append(statisticalRule("mean_score", meanScore, maximumDrop: policy.maxMeanScoreDrop, unit: ""))
        }
        rules.append(CostRule.evaluate(base: diff.baseline, cand: diff.candidate, policy: policy, pricing: pricing))
        rules += latency(base: base, cand: cand, policy: policy)
        return GateDecision(verdict: GateVerdict.worst(of: rules), rules: rules, passRate: passRate, meanScore: meanScore)
    }

    /// The noise-aware drop rule (`DropRule`) for one measure, with the reason in words.
    private static func statisticalRule(
        _ rule: String, _ result: SignificanceResult, maximumDrop: Double, unit: String
    ) -> GateRuleResult {
        let subject = result.measure == .passRatePoints ? "pass rate" : "mean score"
        let decimals = result.measure == .passRatePoints ? 1 : 3
        let drop = String(format: "%.\(decimals)f", -result.effect) + unit
        let allowed = String(format: "%.\(decimals)f", maximumDrop) + unit
        switch DropRule(result, maximumDrop: maximumDrop) {
        case .significantDrop:
            return GateRuleResult(rule: rule, outcome: .fail, message: "\(subject) dropped significantly: " + result.explanation)
        case .beyondMaximum:
            return GateRuleResult(rule: rule, outcome: .fail, message: "\(subject) dropped \(drop), more than the allowed \(allowed), "
                + "and unlikely to be noise: " + result.dropExplanation)
        case .beyondMaximumWithinNoise:
            return GateRuleResult(rule: rule, outcome: .warn, message: "\(subject) dropped \(drop), more than the allowed \(allowed), "
                + "but it may be run-to-run noise; add cases or repeats to tell: " + result.dropExplanation)
        case .ok:
            return GateRuleResult(rule: rule, outcome: .ok, message: result.explanation)
        }
    }

    private static func latency(base: RunMetrics, cand: RunMetrics, policy: GatePolicy) -> [GateRuleResult] {
        var rules: [GateRuleResult] = []
        if let maxRatio = policy.maxLatencyP95Ratio, base.latencyP95 > 0 {
            let ratio = cand.latencyP95 / base.latencyP95
            rules.append(GateRuleResult(rule: "latency_p95", outcome: ratio > maxRatio ? .fail : .ok, message: String(format: "latency p95 x%.2f of the baseline (ceiling x%.2f)", ratio, maxRatio)))
        }
        return rules
    }

    /// The paired tests over cases that both runs scored on every repeat.
    static func significance(_ diff: RunDiff, alpha: Double) -> (SignificanceResult?, SignificanceResult?) {
        var base: [[Bool]] = [], cand: [[Bool]] = [], baseScores: [Double] = [], candScores: [Double] = []
        for item in diff.cases {
            guard let b = item.baseline, let c = item.candidate, b.errors == 0, c.errors == 0 else { continue }
            base.append(b.results.map { $0.verdict == .pass })
            cand.append(c.results.map { $0.verdict == .pass })
            baseScores.append(b.meanScore)
            candScores.append(c.meanScore)
        }
        guard !base.isEmpty else { return (nil, nil) }
        let decision = SignificanceDecision(alpha: alpha)
        return (try? decision.decide(baseline: base, candidate: cand), try? decision.decide(baselineScores: baseScores, candidateScores: candScores))
    }

    /// Results whose given scorer failed: count, total findings and case ids.
    static func findings(_ snapshot: RunSnapshot, scorer: String) -> (count: Int, total: Int, cases: [String]) {
        var count = 0, total = 0, cases: [String] = []
        for result in snapshot.results {
            guard let score = snapshot.scores(of: result).first(where: { $0.scorer == scorer }), score.status == .fail else { continue }
            count += 1
            total += max(1, score.reasons.count)
            if !cases.contains(result.caseID) { cases.append(result.caseID) }
        }
        return (count, total, cases)
    }

    private static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    private static func ids(_ list: [String]) -> String {
        list.prefix(8).joined(separator: ", ") + (list.count > 8 ? ", … (\(list.count) in all)" : "")
    }
}
