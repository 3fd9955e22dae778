/// The gate rules that judge a version on its own, with or without a baseline: schema validity,
/// personal data, template leaks and the optional minimum pass rate. A first version is held to
/// these too, so "nothing to compare with" never means PASS by default.
public enum AbsoluteRules {
    /// The absolute rules applied to `snapshot`, each naming the cases that break it.
    public static func evaluate(_ snapshot: RunSnapshot, policy: GatePolicy) -> [GateRuleResult] {
        let metrics = snapshot.metrics
        var rules: [GateRuleResult] = []
        for (rule, scorers) in ScorerRegistry.gateRules {
            guard let limit = policy.limit(named: rule.limit) else { continue }
            rules.append(
                evaluate(rule, limit: limit, found: Gate.findings(snapshot, scorers: scorers), metrics: metrics))
        }
        if let minimum = policy.minPassRate {
            let failing = snapshot.results.filter { $0.verdict == .fail }.map(\.caseID)
            var seen: Set<String> = []
            let cases = failing.filter { seen.insert($0).inserted }
            rules.append(
                GateRuleResult(
                    rule: "min_pass_rate", outcome: metrics.passRate + 1e-12 >= minimum ? .ok : .fail,
                    message: "pass rate \(pct(metrics.passRate)) (required at least \(pct(minimum)))"
                        + (cases.isEmpty ? "" : "; failing: \(ids(cases))")))
        }
        return rules
    }

    /// One scorer-declared rule against its limit; the messages name the results that break it.
    static func evaluate(
        _ rule: ScorerGateRule, limit: Double, found: (count: Int, total: Int, cases: [String]), metrics: RunMetrics
    ) -> GateRuleResult {
        let results = "\(found.count) result\(found.count == 1 ? "" : "s")"
        switch rule.check {
        case .minimumShare(let metric):
            let share = metrics.scorerFigures[metric] ?? 1
            let label = ScorerRegistry.metrics.first { $0.id == metric }?.label ?? metric
            return GateRuleResult(
                rule: rule.rule, outcome: share + 1e-12 >= limit ? .ok : .fail,
                message: "\(label) \(pct(share)) (required at least \(pct(limit)))"
                    + (found.count == 0 ? "" : "; \(rule.noun) in \(results): \(ids(found.cases))"))
        case .maximumFindings:
            return GateRuleResult(
                rule: rule.rule, outcome: Double(found.total) <= limit ? .ok : .fail,
                message: found.count == 0
                    ? rule.none
                    : "\(found.total) \(rule.noun)\(found.total == 1 ? "" : "s")\(rule.qualifier) in \(results): \(ids(found.cases))"
            )
        case .maximumResults:
            return GateRuleResult(
                rule: rule.rule, outcome: Double(found.count) <= limit ? .ok : .fail,
                message: found.count == 0
                    ? rule.none : "\(rule.noun)s\(rule.qualifier) in \(results): \(ids(found.cases))")
        }
    }

    static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func ids(_ list: [String]) -> String {
        list.prefix(8).joined(separator: ", ") + (list.count > 8 ? ", … (\(list.count) in all)" : "")
    }
}
