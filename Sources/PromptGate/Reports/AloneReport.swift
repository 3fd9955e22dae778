/// The gate report of a version that has no baseline (a first version): the verdict of the
/// absolute rules, why there is no baseline, and the version's figures. The case-by-case detail
/// is in the version's run report.
public struct AloneReport: Sendable {
    let snapshot: RunSnapshot
    let decision: GateDecision
    /// Why there is no baseline (`Baseline.reason`), as the console says it.
    let noBaselineReason: String
    /// Where the run report is (project-relative).
    let runReport: String

    public func markdown() -> String {
        let run = snapshot.run
        var out = "# \(Markdown.text(run.prompt)): v\(run.version) (no baseline)\n\n"
        out += "Baseline: none, \(Markdown.text(noBaselineReason)).\n\n"
        out += GateSection(decision: decision).markdown()
        let m = snapshot.metrics
        out +=
            "Pass rate \(Markdown.percent(m.passRate)) (\(m.passed) passed, \(m.failed) failed, \(m.errors) errors); "
        out += "schema validity \(Markdown.percent(m.schemaValidity)). Every case is in `\(runReport)`.\n"
        return out
    }
}
