/// The gate rules that judge a version on its own, with or without a baseline: schema validity,
/// personal data, template leaks and the optional minimum pass rate. A first version is held to
/// these too, so "nothing to compare with" never means PASS by default.
public enum AbsoluteRules {
    /// The absolute rules applied to `snapshot`, each naming the cases that break it.
    public static func evaluate(_ snapshot: RunSnapshot, policy: GatePolicy) -> [GateRuleResult] {
        let metrics = snapshot.metrics
        var rules: [GateRuleResult] = []
        let invalid = Gate.findings(snapshot, scorer: SchemaScorer.id)
        let schemaOK = metrics.schemaValidity + 1e-12 >= policy.minSchemaValidity
        rules.append(GateRuleResult(rule: "schema_validity", outcome: schemaOK ? .ok : .fail,
            message: "schema validity \(pct(metrics.schemaValidity)) (required at least \(pct(policy.minSchemaValidity)))"
                + (invalid.count == 0 ? "" : "; invalid in \(invalid.count) result\(invalid.count == 1 ? "" : "s"): \(ids(invalid.cases))")))
        let pii = Gate.findings(snapshot, scorers: [PIIScorer.id, InputEchoScorer.id])
        rules.append(GateRuleResult(rule: "pii", outcome: pii.total <= policy.maxPIIFindings ? .ok : .fail,
            message: pii.count == 0 ? "no personal data outside allowed fields"
                : "\(pii.total) PII finding\(pii.total == 1 ? "" : "s") outside allowed fields in \(pii.count) result\(pii.count == 1 ? "" : "s"): \(ids(pii.cases))"))
        let leaks = Gate.findings(snapshot, scorer: TemplateLeakScorer.id)
        rules.append(GateRuleResult(rule: "template_leaks", outcome: leaks.count <= policy.maxTemplateLeaks ? .ok : .fail,
            message: leaks.count == 0 ? "no template leaks" : "template leaks in \(leaks.count) result\(leaks.count == 1 ? "" : "s"): \(ids(leaks.cases))"))
        if let minimum = policy.minPassRate {
            let failing = snapshot.results.filter { $0.verdict == .fail }.map(\.caseID)
            var seen: Set<String> = []
            let cases = failing.filter { seen.insert($0).inserted }
            rules.append(GateRuleResult(rule: "min_pass_rate", outcome: metrics.passRate + 1e-12 >= minimum ? .ok : .fail,
                message: "pass rate \(pct(metrics.passRate)) (required at least \(pct(minimum)))"
                    + (cases.isEmpty ? "" : "; failing: \(ids(cases))")))
        }
        return rules
    }

    static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func ids(_ list: [String]) -> String {
        list.prefix(8).joined(separator: ", ") + (list.count > 8 ? ", … (\(list.count) in all)" : "")
    }
}
