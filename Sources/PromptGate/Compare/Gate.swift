import Foundation

/// Applies a `GatePolicy` to a `RunDiff`: hard rules, the paired statistical test, cost, latency
/// and provider errors, and decides PASS / WARN / FAIL / INCONCLUSIVE.
public enum Gate {
    public static func evaluate(_ diff: RunDiff, policy: GatePolicy) -> GateDecision {
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
        // Hard rules.
        add("schema_validity", cand.schemaValidity + 1e-12 >= policy.minSchemaValidity ? .ok : .fail,
            "schema validity \(pct(cand.schemaValidity)) (required at least \(pct(policy.minSchemaValidity)))")
        let pii = findings(diff.candidate, scorers: [PIIScorer.id, InputEchoScorer.id])
        add("pii", pii.total <= policy.maxPIIFindings ? .ok : .fail,
            pii.count == 0 ? "no personal data outside allowed fields" : "\(pii.total) PII finding\(pii.total == 1 ? "" : "s") outside allowed fields in \(pii.count) result\(pii.count == 1 ? "" : "s"): \(ids(pii.cases))")
        let critical = diff.regressions.filter(\.isCritical).map(\.caseID)
        if policy.noCriticalRegressions {
            add("critical_regressions", critical.isEmpty ? .ok : .fail,
                critical.isEmpty ? "no regression on critical cases" : "regression on critical case\(critical.count == 1 ? "" : "s") \(ids(critical))")
        }
        let leaks = findings(diff.candidate, scorer: TemplateLeakScorer.id)
        add("template_leaks", leaks.count <= policy.maxTemplateLeaks ? .ok : .fail,
            leaks.count == 0 ? "no template leaks" : "template leaks in \(leaks.count) result\(leaks.count == 1 ? "" : "s"): \(ids(leaks.cases))")
        // Statistics on the cases both runs scored.
        let (passRate, meanScore) = significance(diff, alpha: policy.alpha)
        if let passRate {
            rules.append(statisticalRule("pass_rate", passRate, maximumDrop: policy.maxPassRateDrop * 100, unit: " points"))
        }
        if let meanScore {
            rules.append(statisticalRule("mean_score", meanScore, maximumDrop: policy.maxMeanScoreDrop, unit: ""))
        }
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
        return GateDecision(verdict: verdict, rules: rules, passRate: passRate, meanScore: meanScore)
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

    private static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    private static func ids(_ list: [String]) -> String {
        list.prefix(8).joined(separator: ", ") + (list.count > 8 ? ", … (\(list.count) in all)" : "")
    }
}
