import Foundation

/// Applies a `GatePolicy` to a `RunDiff`: hard rules, the paired statistical test, cost (`CostRule`), latency
/// and provider errors, and decides PASS / WARN / FAIL / INCONCLUSIVE.
public enum Gate {
    /// `pricing` prices answers stored without a cost (rows written before answers carried it);
    /// `execPipeline` selects the lower error limit of `exec` providers.
    public static func evaluate(
        _ diff: RunDiff, policy: GatePolicy, pricing: [String: ModelPrice] = [:], execPipeline: Bool = false
    ) -> GateDecision {
        let base = diff.baseline.metrics, cand = diff.candidate.metrics
        var rules: [GateRuleResult] = []
        func add(_ rule: String, _ outcome: GateRuleResult.Outcome, _ message: String) {
            rules.append(GateRuleResult(rule: rule, outcome: outcome, message: message))
        }
        // Errors: a provider that failed makes the comparison inconclusive, not a pass. An `exec`
        // pipeline has a lower limit: its crashes are usually the candidate's own.
        rules.append(
            ProviderErrorsRule.evaluate(
                [("baseline", diff.baseline), ("candidate", diff.candidate)], policy: policy,
                execPipeline: execPipeline, leftOut: diff.candidateErrors == .leftOut))
        rules += CompleteRunsRule.evaluate(baseline: diff.baseline, candidate: diff.candidate)
        // Hard rules: the absolute ones (which also judge a version alone), then critical cases.
        rules += AbsoluteRules.evaluate(diff.candidate, policy: policy)
        // Under the policy's critical rule, whichever rule the diff was built with.
        let critical = diff.cases.filter { item in
            var copy = item
            copy.criticalRule = policy.criticalRegressionRule
            return copy.isCritical && copy.transition == .regression
        }.map(\.caseID)
        if policy.noCriticalRegressions {
            add(
                "critical_regressions", critical.isEmpty ? .ok : .fail,
                critical.isEmpty
                    ? "no regression on critical cases"
                    : "regression on critical case\(critical.count == 1 ? "" : "s") \(ids(critical))")
        }
        rules.append(RefusalRule.evaluate(diff, policy: policy))
        // Statistics on the paired cases (errors in the candidate count as not passing).
        let paired = PairedOutcomes(diff)
        let statistics = GateStatistics.evaluate(paired, policy: policy)
        rules += statistics.rules
        rules.append(CostRule.evaluate(base: diff.baseline, cand: diff.candidate, policy: policy, pricing: pricing))
        rules += latency(base: base, cand: cand, policy: policy)
        return GateDecision(
            verdict: GateVerdict.worst(of: rules), rules: rules, passRate: statistics.passRate,
            meanScore: statistics.meanScore, paired: paired)
    }

    private static func latency(base: RunMetrics, cand: RunMetrics, policy: GatePolicy) -> [GateRuleResult] {
        var rules: [GateRuleResult] = []
        if let maxRatio = policy.maxLatencyP95Ratio, base.latencyP95 > 0 {
            let ratio = cand.latencyP95 / base.latencyP95
            rules.append(
                GateRuleResult(
                    rule: "latency_p95", outcome: ratio > maxRatio ? .fail : .ok,
                    message: String(format: "latency p95 x%.2f of the baseline (ceiling x%.2f)", ratio, maxRatio)))
        }
        return rules
    }

    /// Results whose given scorer failed: count, total findings and case ids.
    static func findings(_ snapshot: RunSnapshot, scorer: String) -> (count: Int, total: Int, cases: [String]) {
        findings(snapshot, scorers: [scorer])
    }

    /// Failed results of any of `scorers` (an input echo counts as a PII finding).
    static func findings(_ snapshot: RunSnapshot, scorers: Set<String>) -> (count: Int, total: Int, cases: [String]) {
        var count = 0, total = 0, cases: [String] = []
        for result in snapshot.results {
            let failed = snapshot.scores(of: result).filter { scorers.contains($0.scorer) && $0.status == .fail }
            guard !failed.isEmpty else { continue }
            count += 1
            total += failed.reduce(0) { $0 + max(1, $1.reasons.count) }
            if !cases.contains(result.caseID) { cases.append(result.caseID) }
        }
        return (count, total, cases)
    }

    private static func ids(_ list: [String]) -> String {
        list.prefix(8).joined(separator: ", ") + (list.count > 8 ? ", … (\(list.count) in all)" : "")
    }
}
