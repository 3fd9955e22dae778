/// Two runs compared case by case (aligned by id, never by position): transitions, and the
/// aggregate deltas a reviewer needs.
public struct RunDiff: Sendable {
    public let baseline: RunSnapshot
    public let candidate: RunSnapshot
    public let cases: [CaseDiff]

    public init(baseline: RunSnapshot, candidate: RunSnapshot) {
        self.baseline = baseline
        self.candidate = candidate
        let base = Dictionary(uniqueKeysWithValues: baseline.byCase.map { ($0.caseID, $0.results) })
        let cand = Dictionary(uniqueKeysWithValues: candidate.byCase.map { ($0.caseID, $0.results) })
        let ids = Set(base.keys).union(cand.keys).sorted()
        cases = ids.map { id in
            let tags = (cand[id]?.first ?? base[id]?.first)?.tags ?? []
            return CaseDiff(caseID: id, tags: tags, baseline: base[id].map(CaseSide.init), candidate: cand[id].map(CaseSide.init))
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

    /// Pass rates over the cases both runs share (so added/removed cases don't skew the delta).
    public var sharedPassRates: (baseline: Double, candidate: Double) {
        var passes = (baseline: 0, candidate: 0), scored = (baseline: 0, candidate: 0)
        for item in cases {
            guard let baseline = item.baseline, let candidate = item.candidate else { continue }
            passes.baseline += baseline.passes
            passes.candidate += candidate.passes
            scored.baseline += baseline.results.count - baseline.errors
            scored.candidate += candidate.results.count - candidate.errors
        }
        return (RunMetrics.passRate(passed: passes.baseline, scored: scored.baseline),
                RunMetrics.passRate(passed: passes.candidate, scored: scored.candidate))
    }
}

extension RunDiff {
    /// A diff of (baseline, candidate) loaded together.
    public init(snapshots: (RunSnapshot, RunSnapshot)) {
        self.init(baseline: snapshots.0, candidate: snapshots.1)
    }
}
