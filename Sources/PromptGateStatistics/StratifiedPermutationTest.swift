import Foundation

/// An exact conditional test for repeated pass/fail runs, stratified by case: the extension of the
/// exact McNemar test to k > 1 runs per case (with k = 1 it is McNemar).
///
/// Under "no change" the baseline and candidate runs of one case are exchangeable, so given the
/// case's total passes T over its N = n_b + n_c runs, the candidate's pass count is hypergeometric
/// (T passes among N runs, n_c drawn). Each case contributes its standardized deviation
/// z = (c - E) / sd, with E = T n_c / N and sd the hypergeometric standard deviation; the statistic
/// is the sum of z over cases. Cases that passed or failed every run (sd = 0) carry no information
/// and drop out, exactly as concordant pairs do in McNemar. Standardizing gives a case whose runs
/// are nearly deterministic (T = 1 or N - 1) more weight than a coin-flip case: a change there is
/// rarer by chance.
///
/// The null distribution is simulated by redrawing every case's candidate count from its
/// hypergeometric distribution (fixed seed, so results reproduce); p-values use the (m + 1) /
/// (B + 1) rule, which keeps the test exact: under no change, P(p <= alpha) <= alpha.
public struct StratifiedPermutationTest: Sendable, Equatable, Hashable {
    /// Number of null draws B (default 10,000; the smallest reportable p is about 0.0001).
    public var draws: Int
    /// Seed of the draws.
    public var seed: UInt64

    /// Creates a test; defaults are 10,000 draws and the bootstrap's fixed default seed.
    public init(draws: Int = 10_000, seed: UInt64 = PairedBootstrap.defaultSeed) {
        self.draws = draws
        self.seed = seed
    }

    /// Tests per-case repeat outcomes aligned by case (`baseline[i]` and `candidate[i]` are the
    /// same case; repeat counts may differ); throws on empty or mismatched input.
    public func run(baseline: [[Bool]], candidate: [[Bool]]) throws(StatisticsError) -> PermutationTestResult {
        guard baseline.count == candidate.count else {
            throw .mismatchedCaseCounts(baseline: baseline.count, candidate: candidate.count)
        }
        guard !baseline.isEmpty else { throw .empty(what: "cases") }
        guard draws > 0 else { throw .invalidCount(what: "Number of permutation draws", value: draws) }
        var tables = NullTables()
        var statistic = 0.0
        for index in baseline.indices {
            let runs = (baseline: baseline[index].count, candidate: candidate[index].count)
            if runs.baseline == 0 { throw .caseWithoutRepeats(index: index, side: "baseline") }
            if runs.candidate == 0 { throw .caseWithoutRepeats(index: index, side: "candidate") }
            let candidatePasses = candidate[index].count(where: { $0 })
            let key = HypergeometricStratum.Key(
                baselineRuns: runs.baseline, candidateRuns: runs.candidate,
                passes: baseline[index].count(where: { $0 }) + candidatePasses)
            guard let stratum = tables.addCase(key) else { continue }
            statistic += stratum.standardized(candidatePasses)
        }
        let informative = tables.caseCount
        let (atOrBelow, atOrAbove) = tables.tailCounts(of: statistic, draws: draws, seed: seed)
        let lower = informative == 0 ? 1 : min(1, Double(atOrBelow + 1) / Double(draws + 1))
        let upper = informative == 0 ? 1 : min(1, Double(atOrAbove + 1) / Double(draws + 1))
        return PermutationTestResult(
            cases: baseline.count, informativeCases: informative, draws: draws,
            statistic: statistic, lowerPValue: lower, upperPValue: upper, pValue: min(1, 2 * min(lower, upper)))
    }
}
