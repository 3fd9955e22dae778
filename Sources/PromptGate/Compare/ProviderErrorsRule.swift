/// Provider errors: a side with no result, or with errors on more than the policy's share of its
/// results (`max_error_share`, or the lower `max_error_share_exec` for an `exec` pipeline), cannot
/// be judged, and the rule is INCONCLUSIVE. The same rule judges a comparison and a version alone.
enum ProviderErrorsRule {
    static let rule = "provider_errors"

    /// The rule over `sides` (the candidate last); `leftOut` says the candidate's errors were left
    /// out of the other rules (`CandidateErrors.leftOut`), which the message then tells.
    static func evaluate(
        _ sides: [(name: String, snapshot: RunSnapshot)], policy: GatePolicy, execPipeline: Bool, leftOut: Bool = false
    ) -> GateRuleResult {
        if let empty = sides.first(where: { $0.snapshot.metrics.results == 0 }) {
            return GateRuleResult(
                rule: rule, outcome: .inconclusive, message: "the \(empty.name) has no result to judge")
        }
        let share = sides.map { CandidateErrors.errorShare($0.snapshot) }.max() ?? 0
        let limit = policy.errorLimit(execPipeline: execPipeline)
        guard share > limit else {
            let candidate = sides.last?.snapshot.metrics
            return GateRuleResult(
                rule: rule, outcome: .ok,
                message: "provider errors \(candidate?.errors ?? 0) of \(candidate?.results ?? 0)")
        }
        let exec = execPipeline ? " for an exec pipeline" : ""
        let judged = leftOut ? "; the errored repeats are left out and the rules judge the answers that came back" : ""
        return GateRuleResult(
            rule: rule, outcome: .inconclusive,
            message:
                "provider errors on \(AbsoluteRules.pct(share)) of results (limit \(AbsoluteRules.pct(limit))\(exec)): quality cannot be judged\(judged)"
        )
    }
}
