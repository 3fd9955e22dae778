extension Gate {
    /// Judges a version that has no baseline (a first version): provider errors and the absolute
    /// rules only. There is nothing to compare, so no statistical, critical, cost or latency rule.
    /// `execPipeline` selects the lower error limit of `exec` providers.
    public static func evaluate(
        alone snapshot: RunSnapshot, policy: GatePolicy, execPipeline: Bool = false
    )
        -> GateDecision
    {
        var rules = [ProviderErrorsRule.evaluate([("candidate", snapshot)], policy: policy, execPipeline: execPipeline)]
        rules += CompleteRunsRule.evaluate(baseline: nil, candidate: snapshot)
        rules += AbsoluteRules.evaluate(snapshot, policy: policy)
        return GateDecision(
            verdict: GateVerdict.worst(of: rules), rules: rules, passRate: nil, meanScore: nil,
            paired: PairedOutcomes(items: []))
    }
}
