extension Gate {
    /// Judges a version that has no baseline (a first version): provider errors and the absolute
    /// rules only. There is nothing to compare, so no statistical, critical, cost or latency rule.
    public static func evaluate(alone snapshot: RunSnapshot, policy: GatePolicy) -> GateDecision {
        let metrics = snapshot.metrics
        let errorShare = metrics.results == 0 ? 1 : Double(metrics.errors) / Double(metrics.results)
        var rules: [GateRuleResult] = []
        if errorShare > policy.maxErrorShare {
            rules.append(
                GateRuleResult(
                    rule: "provider_errors", outcome: .inconclusive,
                    message:
                        "provider errors on \(AbsoluteRules.pct(errorShare)) of results (limit \(AbsoluteRules.pct(policy.maxErrorShare))): quality cannot be judged"
                ))
        } else {
            rules.append(
                GateRuleResult(
                    rule: "provider_errors", outcome: .ok,
                    message: "provider errors \(metrics.errors) of \(metrics.results)"))
        }
        rules += AbsoluteRules.evaluate(snapshot, policy: policy)
        return GateDecision(
            verdict: GateVerdict.worst(of: rules), rules: rules, passRate: nil, meanScore: nil,
            paired: PairedOutcomes(items: []))
    }
}
