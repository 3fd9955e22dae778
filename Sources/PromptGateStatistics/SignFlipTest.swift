import Foundation

/// The exact sign-flip randomization test at the level of the case, for pass/fail runs with
/// repeats: each case contributes its change in pass fraction, d_i = candidate passes / runs -
/// baseline passes / runs, divided by its standard error estimated from each version's own runs
/// (as in Welch's t); the statistic is the sum.
///
/// Under "no change" a case's baseline and candidate runs come from the same process, so swapping
/// the two versions' labels is as likely as not, whatever the repeats of one version have in
/// common (a model at low temperature that fails a case once tends to fail every repeat). A swap
/// turns d_i into -d_i and exchanges the two versions' spreads, which leaves the case's weight as
/// it is: the test stays exact when repeats are independent, partly correlated or identical. The
/// weighting lets a case whose repeats agree within each version but not between them (3 of 3,
/// now 0 of 3) count for more than a case that passes about half the time in both; it adds power
/// without touching validity. When every case's repeats agree (perfectly correlated repeats),
/// every weight is the same and the test is the plain sign test on whole cases.
///
/// The null distribution over all 2^n sign patterns is computed exactly (no Monte Carlo, no seed)
/// on integers: each weighted difference is rounded to 1 / `resolution`, and that rounded sum is
/// the statistic. Above `exactWorkLimit` steps (about a thousand informative cases) the normal
/// approximation is used, accurate at that size to far below the p-values a report shows.
///
/// The interval is for the noise-weighted change, sum(w_i d_i) / sum(w_i), and is the test's
/// acceptance region moved to that estimate: with c the critical value of the one-sided test at
/// alpha, the (1 - 2 alpha) interval is (S -/+ c) / sum(w_i). Its upper bound is below zero exactly
/// when the one-sided p for a drop is below alpha, and its lower bound above zero exactly when the
/// one-sided p for a rise is: the interval and the p-values never disagree.
public struct SignFlipTest: Sendable, Equatable, Hashable {
    /// One case: passes and runs on each side (runs > 0).
    public struct Case: Sendable, Equatable, Hashable {
        public let baselinePasses: Int
        public let baselineRuns: Int
        public let candidatePasses: Int
        public let candidateRuns: Int

        /// Creates a case from its pass counts and run counts.
        public init(baselinePasses: Int, baselineRuns: Int, candidatePasses: Int, candidateRuns: Int) {
            self.baselinePasses = baselinePasses
            self.baselineRuns = baselineRuns
            self.candidatePasses = candidatePasses
            self.candidateRuns = candidateRuns
        }

        /// Creates a case from per-repeat outcomes.
        public init(baseline: [Bool], candidate: [Bool]) {
            self.init(
                baselinePasses: baseline.count(where: { $0 }), baselineRuns: baseline.count,
                candidatePasses: candidate.count(where: { $0 }), candidateRuns: candidate.count)
        }

        /// Candidate pass fraction minus baseline pass fraction.
        public var difference: Double {
            Double(candidatePasses) / Double(candidateRuns) - Double(baselinePasses) / Double(baselineRuns)
        }

        /// 1 / the standard error of `difference`, from each version's own runs:
        /// p_b (1 - p_b) / runs_b + p_c (1 - p_c) / runs_c, each p = (passes + 1/2) / (runs + 1)
        /// (the Jeffreys estimate, so a version that passed every run still has some spread and
        /// the weight stays finite). The same for the case with its versions swapped, which is what
        /// keeps the test exact.
        public var weight: Double {
            let variance =
                Self.spread(passes: baselinePasses, runs: baselineRuns)
                + Self.spread(passes: candidatePasses, runs: candidateRuns)
            return 1 / variance.squareRoot()
        }

        /// The variance of one version's pass fraction, p (1 - p) / runs, at its Jeffreys estimate.
        private static func spread(passes: Int, runs: Int) -> Double {
            let p = (Double(passes) + 0.5) / Double(runs + 1)
            return p * (1 - p) / Double(runs)
        }
    }

    /// Steps (cases x distribution width) above which the normal approximation is used.
    static let exactWorkLimit = 200_000_000
    /// Each weighted difference is rounded to 1 / resolution before the exact distribution is built.
    static let resolution = 64.0

    /// Significance level of each one-sided test; the interval has level 1 - 2 alpha.
    public var alpha: Double

    /// Creates a test at this one-sided significance level.
    public init(alpha: Double = 0.05) {
        self.alpha = alpha
    }

    /// Runs the test; throws on no cases, a case without runs, or counts out of range.
    public func run(_ cases: [Case]) throws(StatisticsError) -> SignFlipResult {
        guard alpha > 0, alpha < 1 else { throw .alphaOutOfRange(alpha) }
        guard !cases.isEmpty else { throw .empty(what: "cases") }
        for (index, item) in cases.enumerated() {
            if item.baselineRuns <= 0 { throw .caseWithoutRepeats(index: index, side: "baseline") }
            if item.candidateRuns <= 0 { throw .caseWithoutRepeats(index: index, side: "candidate") }
            guard (0...item.baselineRuns).contains(item.baselinePasses) else {
                throw .invalidCount(what: "Baseline passes of case \(index)", value: item.baselinePasses)
            }
            guard (0...item.candidateRuns).contains(item.candidatePasses) else {
                throw .invalidCount(what: "Candidate passes of case \(index)", value: item.candidatePasses)
            }
        }
        let differences = cases.map(\.difference)
        let weights = cases.map(\.weight)
        // Rounded symmetrically, so the swapped case gives exactly the negated integer.
        let numerators = zip(differences, weights).map { difference, weight -> Int in
            let magnitude = Int((abs(difference) * weight * Self.resolution).rounded())
            return difference < 0 ? -magnitude : magnitude
        }
        let totalWeight = weights.reduce(0, +)
        let meanDifference = differences.reduce(0, +) / Double(cases.count)
        return SignFlipDistribution(numerators: numerators, alpha: alpha)
            .result(cases: cases.count, meanDifference: meanDifference, scale: totalWeight * Self.resolution)
    }

    /// Least common multiple, the lattice of pass fractions with these repeat counts.
    package static func lcm(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return a / x * b
    }
}

/// The outcome of a `SignFlipTest`, in pass-rate units (fractions, not points).
public struct SignFlipResult: Sendable, Equatable, Hashable {
    /// Cases compared.
    public let cases: Int
    /// Cases whose pass fraction changed: the only ones that carry information.
    public let informativeCases: Int
    /// Mean of d_i: the change in the mean per-case pass fraction (the pass-rate change).
    public let meanDifference: Double
    /// The noise-weighted change sum(w_i d_i) / sum(w_i): the estimate the test and the interval
    /// are about.
    public let weightedMeanDifference: Double
    /// One-sided p for "the candidate is worse", P(S* <= S).
    public let lowerPValue: Double
    /// One-sided p for "the candidate is better", P(S* >= S).
    public let upperPValue: Double
    /// The (1 - 2 alpha) interval for the noise-weighted change, in agreement with the one-sided tests.
    public let interval: ConfidenceInterval
    /// Sign-flip standard error of the noise-weighted change.
    public let standardError: Double
    /// True when the exact distribution was computed; false for the normal approximation.
    public let exact: Bool
}
