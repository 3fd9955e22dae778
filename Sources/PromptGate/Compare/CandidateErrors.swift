/// How a comparison counts a candidate repeat that ended in a provider error.
///
/// While the comparison can be judged, an error is a failed repeat: a case that passed and now
/// errors is a regression (a crash is usually the candidate's fault). When it cannot be judged — a
/// run stopped before it finished (circuit breaker, budget, a fatal provider error), or a side's
/// provider errors exceed the policy's limit — the errors say more about the provider than about
/// the prompt: they are left out, like baseline errors, the rules judge the answers that came back,
/// and the gate is INCONCLUSIVE (exit 3) unless those answers alone show a regression. An `exec`
/// pipeline's errors always count: they are the candidate's own crashes.
public enum CandidateErrors: String, Sendable, Equatable {
    /// A candidate error is a failed repeat (and scores 0).
    case countAsFailures
    /// Candidate errors are left out of the case's repeats; a case with nothing else is left out.
    case leftOut

    /// The attribution for a comparison of `baseline` and `candidate` under `policy`.
    public static func attribution(
        baseline: RunSnapshot, candidate: RunSnapshot, policy: GatePolicy, execPipeline: Bool
    ) -> CandidateErrors {
        if execPipeline { return .countAsFailures }
        let limit = policy.errorLimit(execPipeline: false)
        let judgeable =
            baseline.run.status == .completed && candidate.run.status == .completed
            && errorShare(baseline) <= limit && errorShare(candidate) <= limit
        return judgeable ? .countAsFailures : .leftOut
    }

    /// The share of a run's stored results that ended in a provider error (1 for a run without
    /// results: nothing could be judged).
    public static func errorShare(_ snapshot: RunSnapshot) -> Double {
        let metrics = snapshot.metrics
        return metrics.results == 0 ? 1 : Double(metrics.errors) / Double(metrics.results)
    }
}
