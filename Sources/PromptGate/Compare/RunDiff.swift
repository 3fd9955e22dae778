/// Two runs compared case by case (aligned by id, never by position): transitions, and the
/// aggregate deltas a reviewer needs.
public struct RunDiff: Sendable {
    public let baseline: RunSnapshot
    public let candidate: RunSnapshot
    public let cases: [CaseDiff]
    /// How the candidate's provider errors count (`CandidateErrors`).
    public let candidateErrors: CandidateErrors

    /// Aligns the two runs; `criticalRule` decides when a critical case counts as a regression,
    /// `candidateErrors` whether a candidate error is a failed repeat.
    public init(
        baseline: RunSnapshot, candidate: RunSnapshot, criticalRule: CriticalRegressionRule = .anyDrop,
        candidateErrors: CandidateErrors = .countAsFailures
    ) {
        self.baseline = baseline
        self.candidate = candidate
        self.candidateErrors = candidateErrors
        let base = Dictionary(uniqueKeysWithValues: baseline.byCase.map { ($0.caseID, $0.results) })
        let cand = Dictionary(uniqueKeysWithValues: candidate.byCase.map { ($0.caseID, $0.results) })
        let ids = Set(base.keys).union(cand.keys).sorted()
        cases = ids.map { id in
            let tags = (cand[id]?.first ?? base[id]?.first)?.tags ?? []
            return CaseDiff(
                caseID: id, tags: tags, baseline: base[id].map(CaseSide.init), candidate: cand[id].map(CaseSide.init),
                criticalRule: criticalRule, candidateErrors: candidateErrors)
        }
    }

    /// Cases with a given transition, in id order.
    public func cases(_ transition: CaseTransition) -> [CaseDiff] {
        cases.filter { $0.transition == transition }
    }

    public var regressions: [CaseDiff] { cases(.regression) }
    public var fixes: [CaseDiff] { cases(.fix) }

    /// Count of cases per transition.
    public var counts: [CaseTransition: Int] {
        Dictionary(grouping: cases, by: \.transition).mapValues(\.count)
    }

    /// Pass rates over the cases both runs share, as the gate's statistics count them
    /// (`PairedOutcomes`: mean per-case pass fraction, candidate errors counting as not passing).
    public var sharedPassRates: (baseline: Double, candidate: Double) {
        PairedOutcomes(self).passRates ?? (0, 0)
    }
}

extension RunDiff {
    /// A diff of (baseline, candidate) loaded together.
    public init(snapshots: (RunSnapshot, RunSnapshot), criticalRule: CriticalRegressionRule = .anyDrop) {
        self.init(baseline: snapshots.0, candidate: snapshots.1, criticalRule: criticalRule)
    }

    /// The diff the gate judges under `policy`: its critical rule, and the candidate's errors
    /// counted as `CandidateErrors.attribution` decides.
    public init(judging snapshots: (RunSnapshot, RunSnapshot), policy: GatePolicy, execPipeline: Bool) {
        self.init(
            baseline: snapshots.0, candidate: snapshots.1, criticalRule: policy.criticalRegressionRule,
            candidateErrors: CandidateErrors.attribution(
                baseline: snapshots.0, candidate: snapshots.1, policy: policy, execPipeline: execPipeline))
    }
}
