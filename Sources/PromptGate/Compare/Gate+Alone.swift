extension Gate {
    /// Judges a version that has no baseline (a first version): provider errors and the absolute
    /// rules only. There is nothing to compare, so no statistical, critical, cost or latency rule.
    /// `execPipeline` selects the lower error limit of `exec` providers.
    public static func evaluate(
        alone snapshot: RunSnapshot, policy: GatePolicy, execPipeline: Bool = false
    )
        -> GateDecision
    {
        let metrics = snapshot.metrics
        let errorShare = CandidateErrors.errorShare(snapshot)
        let errorLimit = policy.errorLimit(execPipeline: execPipeline)
        var rules: [GateRuleResult] = []
        if errorShare > errorLimit {
            rules.append(
                GateRuleResult(
                    rule: "provider_errors", outcome: .inconclusive,
                    message:
                        "provider errors on \(AbsoluteRules.pct(errorShare)) of results (limit \(AbsoluteRules.pct(errorLimit))\(execPipeline ? " for an exec pipeline" : "")): quality cannot be judged"
                ))
        } else {
            rules.append(
                GateRuleResult(
                    rule: "provider_errors", outcome: .ok,
                    message: "provider errors \(metrics.errors) of \(metrics.results)"))
        }
        rules += CompleteRunsRule.evaluate(baseline: nil, candidate: snapshot)
        rules += AbsoluteRules.evaluate(snapshot, policy: policy)
        return GateDecision(
            verdict: GateVerdict.worst(of: rules), rules: rules, passRate: nil, meanScore: nil,
            paired: PairedOutcomes(items: []))
    }
}
