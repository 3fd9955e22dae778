/// The per-case data the gate's statistics use, built once from a diff so the verdict, the
/// statistics paragraph and the headline quote the same cases and the same numbers.
///
/// Every case both runs hold is used unless none of its baseline repeats could be scored (it is
/// then excluded and named). A candidate repeat that ended in an error counts as not passing (and
/// scores 0): a pipeline that now crashes on a case that passed is a regression, not missing data
/// — unless the comparison cannot be judged (`CandidateErrors.leftOut`): then candidate errors
/// are left out like baseline errors, and a case with no answered candidate repeat is excluded.
/// Baseline errors are left out of that case's baseline repeats.
public struct PairedOutcomes: Sendable {
    /// One case as the statistics see it.
    public struct Item: Sendable {
        public let caseID: String
        public let counts: SignFlipTest.Case
        /// Mean score over the baseline's scored repeats.
        public let baselineScore: Double
        /// Mean score over the candidate's repeats, errors scoring 0.
        public let candidateScore: Double

        /// Creates an item.
        public init(caseID: String, counts: SignFlipTest.Case, baselineScore: Double, candidateScore: Double) {
            self.caseID = caseID
            self.counts = counts
            self.baselineScore = baselineScore
            self.candidateScore = candidateScore
        }
    }

    /// The cases the statistics use, in id order.
    public let items: [Item]
    /// Cases both runs hold that the statistics could not use, with the reason.
    public let excluded: [(caseID: String, reason: String)]

    /// Paired data given directly (the simulation builds its cases this way).
    public init(items: [Item], excluded: [(caseID: String, reason: String)] = []) {
        self.items = items
        self.excluded = excluded
    }

    /// Builds the paired data of a diff, counting the candidate's errors as `diff.candidateErrors`
    /// says.
    public init(_ diff: RunDiff) {
        var items: [Item] = [], excluded: [(String, String)] = []
        for item in diff.cases {
            guard let baseline = item.baseline, let candidate = item.candidate else { continue }
            let baseScored = baseline.results.filter { $0.verdict != .error }
            let candidateRepeats =
                diff.candidateErrors == .countAsFailures
                ? candidate.results : candidate.results.filter { $0.verdict != .error }
            guard !baseScored.isEmpty else {
                excluded.append((item.caseID, "every baseline repeat ended in a provider error"))
                continue
            }
            guard !candidateRepeats.isEmpty else {
                excluded.append((item.caseID, "every candidate repeat ended in a provider error"))
                continue
            }
            let counts = SignFlipTest.Case(
                baselinePasses: baseline.passes, baselineRuns: baseScored.count,
                candidatePasses: candidate.passes, candidateRuns: candidateRepeats.count)
            let baseScore = baseScored.reduce(0) { $0 + $1.score } / Double(baseScored.count)
            let candScore =
                candidateRepeats.reduce(0) { $0 + ($1.verdict == .error ? 0 : $1.score) }
                / Double(candidateRepeats.count)
            items.append(Item(caseID: item.caseID, counts: counts, baselineScore: baseScore, candidateScore: candScore))
        }
        self.items = items
        self.excluded = excluded
    }

    /// Mean per-case pass fraction of each side, as fractions (nil without cases).
    public var passRates: (baseline: Double, candidate: Double)? {
        guard !items.isEmpty else { return nil }
        let n = Double(items.count)
        let base = items.reduce(0.0) { $0 + Double($1.counts.baselinePasses) / Double($1.counts.baselineRuns) }
        let cand = items.reduce(0.0) { $0 + Double($1.counts.candidatePasses) / Double($1.counts.candidateRuns) }
        return (base / n, cand / n)
    }

    /// Whether the drop in mean per-case pass fraction is larger than `maximum` (a fraction, e.g.
    /// 0.05), decided on exact counts: the drop is an integer over n x L (L the least common
    /// multiple of the repeat counts) and the maximum is taken to millionths, so a drop of exactly
    /// the maximum is never "larger" whether it comes from whole cases or from single repeats.
    public func passRateDropExceeds(_ maximum: Double) -> Bool {
        guard !items.isEmpty else { return false }
        var lattice = 1
        for item in items {
            lattice = SignFlipTest.lcm(SignFlipTest.lcm(lattice, item.counts.baselineRuns), item.counts.candidateRuns)
            if lattice > 1 << 20 { return (passRates.map { $0.baseline - $0.candidate } ?? 0) > maximum }
        }
        var drop = 0
        for item in items {
            drop +=
                item.counts.baselinePasses * (lattice / item.counts.baselineRuns)
                - item.counts.candidatePasses * (lattice / item.counts.candidateRuns)
        }
        let micros = Int((maximum * 1_000_000).rounded())
        return drop * 1_000_000 > micros * items.count * lattice
    }
}
