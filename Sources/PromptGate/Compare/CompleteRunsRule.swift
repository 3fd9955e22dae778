/// A run that stopped before it finished (circuit breaker, budget, a fatal provider error, an
/// interruption) has cases without a result: the comparison cannot be judged on them, so the gate
/// is INCONCLUSIVE (exit 3) unless the answers that came back already show a regression.
enum CompleteRunsRule {
    static let rule = "complete_runs"

    /// One INCONCLUSIVE result per side whose run did not complete (none when both did).
    static func evaluate(baseline: RunSnapshot?, candidate: RunSnapshot) -> [GateRuleResult] {
        [("baseline", baseline), ("candidate", candidate)].compactMap { side, snapshot in
            guard let snapshot, snapshot.run.status != .completed else { return nil }
            return GateRuleResult(rule: rule, outcome: .inconclusive, message: message(side: side, snapshot))
        }
    }

    /// "the candidate's run #12 stopped before it finished (why): 259 of 1000 cases have no
    /// result; …"
    static func message(side: String, _ snapshot: RunSnapshot) -> String {
        let run = snapshot.run
        let missing = max(0, run.caseCount - Set(snapshot.results.map(\.caseID)).count)
        let why = run.abortReason.map { " (\($0))" } ?? ""
        let state = run.status == .running ? "has not finished" : "stopped before it finished"
        return "the \(side)'s run #\(run.id ?? 0) \(state)\(why): \(missing) of \(run.caseCount) case"
            + "\(run.caseCount == 1 ? "" : "s") have no result; run the command again to finish it (answers "
            + "already received come from the response cache)"
    }
}
