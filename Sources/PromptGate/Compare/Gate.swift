import Foundation

/// Applies a `GatePolicy` to a `RunDiff`: hard rules, the paired statistical test, cost, latency
/// and provider errors, and decides PASS / WARN / FAIL / INCONCLUSIVE.
public enum Gate {
    /// Applies `policy`; `execPipeline` selects the lower error limit of `exec` providers.
    public static func evaluate(_ diff: RunDiff, policy: GatePolicy, execPipeline: Bool = false) -> GateDecision {
        let base = diff.baseline.metrics, cand = diff.candidate.metrics
        var rules: [GateRuleResult] = []
        func add(_ rule: String, _ outcome: GateRuleResult.Outcome, _ message: String) {
            rules.append(GateRuleResult(rule: rule, outcome: outcome, message: message))
        }
        // Errors: a provider that failed makes the comparison inconclusive, not a pass. An `exec`
        // pipeline has a lower limit: its crashes are usually the candidate's own.
        let errorShare = cand.results == 0 ? 1 : Double(cand.errors) / Double(cand.results)
        let baseErrorShare = base.results == 0 ? 1 : Double(base.errors) / Double(base.results)
        let errorLimit = execPipeline ? policy.maxErrorShareExec : policy.maxErrorShare
        if max(errorShare, baseErrorShare) > errorLimit {
            add("provider_errors", .inconclusive, "provider errors on \(pct(max(errorShare, baseErrorShare))) of results (limit \(pct(errorLimit))\(execPipeline ? " for an exec pipeline" : "")): quality cannot be judged")
        } else {
            add("provider_errors", .ok, "provider errors \(cand.errors) of \(cand.results)")
        }
        // Hard rules.
        add("schema_validity", cand.schemaValidity + 1e-12 >= policy.minSchemaValidity ? .ok : .fail,
            "schema validity \(pct(cand.schemaValidity)) (required at least \(pct(policy.minSchemaValidity)))")
        let pii = findings(diff.candidate, scorer: PIIScorer.id)
        add("pii", pii.total <= policy.maxPIIFindings ? .ok : .fail,
            pii.count == 0 ? "no personal data outside allowed fields" : "\(pii.total) PII finding\(pii.total == 1 ? "" : "s") outside allowed fields in \(pii.count) result\(pii.count == 1 ? "" : "s"): \(ids(pii.cases))")
        // Under the policy's critical rule, whichever rule the diff was built with.
        let critical = diff.cases.filter { item in
            var copy = item
            copy.criticalRule = policy.criticalRegressionRule
            return copy.isCritical && copy.transition == .regression
        }.map(\.caseID)
        if policy.noCriticalRegressions {
            add("critical_regressions", critical.isEmpty ? .ok : .fail,
                critical.isEmpty ? "no regression on critical cases" : "regression on critical case\(critical.count == 1 ? "" : "s") \(ids(critical))")
        }
        let leaks = findings(diff.candidate, scorer: TemplateLeakScorer.id)
        add("template_leaks", leaks.count <= policy.maxTemplateLeaks ? .ok : .fail,
            leaks.count == 0 ? "no template leaks" : "template leaks in \(leaks.count) result\(leaks.count == 1 ? "" : "s"): \(ids(leaks.cases))")
        // Statistics on the paired cases (errors in the candidate count as not passing).
        let paired = PairedOutcomes(diff)
        let statistics = GateStatistics.evaluate(paired, policy: policy)
        rules += statistics.rules
        rules += costAndLatency(base: base, cand: cand, policy: policy)
        let verdict: GateVerdict
        if rules.contains(where: { $0.outcome == .fail }) {
            verdict = .fail
        } else if rules.contains(where: { $0.outcome == .inconclusive }) {
            verdict = .inconclusive
        } else if rules.contains(where: { $0.outcome == .warn }) {
            verdict = .warn
        } else {
            verdict = .pass
        }
        return GateDecision(verdict: verdict, rules: rules, passRate: statistics.passRate, meanScore: statistics.meanScore, paired: paired)
    }

    private static func costAndLatency(base: RunMetrics, cand: RunMetrics, policy: GatePolicy) -> [GateRuleResult] {
        var rules: [GateRuleResult] = []
        let baseCost = base.results > 0 ? base.costUSD / Double(base.results) : 0
        let candCost = cand.results > 0 ? cand.costUSD / Double(cand.results) : 0
        if baseCost > 0 {
            let ratio = candCost / baseCost
            let outcome: GateRuleResult.Outcome = ratio > policy.maxCostRatio ? .fail : (ratio > policy.maxCostRatio * policy.costWarnFraction && ratio > 1 ? .warn : .ok)
            rules.append(GateRuleResult(rule: "cost", outcome: outcome, message: String(format: "cost per case x%.2f of the baseline (ceiling x%.2f)", ratio, policy.maxCostRatio)))
        }
        if let maxRatio = policy.maxLatencyP95Ratio, base.latencyP95 > 0 {
            let ratio = cand.latencyP95 / base.latencyP95
            rules.append(GateRuleResult(rule: "latency_p95", outcome: ratio > maxRatio ? .fail : .ok, message: String(format: "latency p95 x%.2f of the baseline (ceiling x%.2f)", ratio, maxRatio)))
        }
        return rules
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
