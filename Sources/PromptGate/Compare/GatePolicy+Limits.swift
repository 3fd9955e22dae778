extension GatePolicy {
    /// The limit a scorer's gate rule names by its `gate:` key (`ScorerGateRule.limit`), or nil
    /// for a key the policy does not hold (the rule is then not applied).
    func limit(named key: String) -> Double? {
        switch key {
        case "min_schema_validity": return minSchemaValidity
        case "max_pii_findings": return Double(maxPIIFindings)
        case "max_template_leaks": return Double(maxTemplateLeaks)
        default: return nil
        }
    }

    /// The share of provider errors above which quality cannot be judged: `max_error_share`, or
    /// the lower `max_error_share_exec` for an `exec` pipeline.
    public func errorLimit(execPipeline: Bool) -> Double {
        execPipeline ? maxErrorShareExec : maxErrorShare
    }
}
