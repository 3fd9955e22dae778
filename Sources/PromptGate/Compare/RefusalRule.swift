/// The gate's refusal rule: a case the baseline answered and the candidate refused (or had
/// filtered) is a regression, whatever its score. More such cases than `max_new_refusals`
/// (default 0) fail the gate.
enum RefusalRule {
    static func evaluate(_ diff: RunDiff, policy: GatePolicy) -> GateRuleResult {
        var newly: [String] = []
        for item in diff.cases {
            guard let base = item.baseline, let cand = item.candidate else { continue }
            let baseAnswered = base.results.contains { $0.verdict != .error && !refused($0) }
            if baseAnswered && cand.results.contains(where: refused) { newly.append(item.caseID) }
        }
        let refusals = diff.candidate.results.count(where: refused)
        guard !newly.isEmpty else {
            return GateRuleResult(
                rule: "refusals", outcome: .ok,
                message: refusals == 0
                    ? "no refusals"
                    : "\(refusals) refused answer\(refusals == 1 ? "" : "s"), none on a case the baseline answered")
        }
        let listed = newly.prefix(8).joined(separator: ", ") + (newly.count > 8 ? ", … (\(newly.count) in all)" : "")
        return GateRuleResult(
            rule: "refusals", outcome: newly.count > policy.maxNewRefusals ? .fail : .ok,
            message: "refused where the baseline answered: \(listed) (allowed \(policy.maxNewRefusals))")
    }

    /// True when the stored answer was a refusal or stopped by a content filter.
    static func refused(_ result: ResultRecord) -> Bool {
        result.stopReason.flatMap(StopReason.init(rawValue:))?.isRefusal ?? false
    }
}
