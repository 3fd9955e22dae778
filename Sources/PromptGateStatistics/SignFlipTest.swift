import Foundation

/// The exact sign-flip randomization test at the level of the case, for pass/fail runs with
/// repeats: each case contributes d_i = candidate pass fraction - baseline pass fraction, and the
/// statistic is S = sum of d_i.
///
/// Under "no change" a case's baseline and candidate runs come from the same process, so d_i is
/// as likely to be +|d_i| as -|d_i|, whatever the repeats of one version have in common (a model
/// at low temperature that fails a case once tends to fail every repeat). The test therefore stays
/// valid when repeats are independent, partly correlated or identical; it never treats one
/// version's repeats as independent draws.
///
/// The null distribution of S over all 2^n sign patterns is computed exactly (no Monte Carlo, no
/// seed) on the lattice of the differences: with L the least common multiple of the repeat counts,
/// every d_i is an integer over L, and the distribution is built by convolution. Above
/// `exactWorkLimit` lattice steps (tens of thousands of cases), or when L exceeds `latticeLimit`,
/// it uses the normal approximation, which at that size is accurate to far below the p-values a
/// report shows.
///
/// The interval is the test's acceptance region moved to the observed mean: with c the critical
/// value of the one-sided test at alpha, the (1 - 2 alpha) interval is mean(d) -/+ c / n. Its upper
/// bound is below zero exactly when the one-sided p for a drop is below alpha, and its lower bound
/// above zero exactly when the one-sided p for a rise is: the interval and the p-values never
/// disagree.
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
            self.init(baselinePasses: baseline.count(where: { $0 }), baselineRuns: baseline.count,
                      candidatePasses: candidate.count(where: { $0 }), candidateRuns: candidate.count)
        }
    }

    /// Lattice steps (cases x distribution width) above which the normal approximation is used.
    static let exactWorkLimit = 200_000_000
    /// Largest common denominator of the pass fractions for the exact path; above it (repeat
    /// counts with no small common multiple) the normal approximation is used.
    static let latticeLimit = 1 << 20

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
        var lattice = 1
        for (index, item) in cases.enumerated() {
            if item.baselineRuns <= 0 { throw .caseWithoutRepeats(index: index, side: "baseline") }
            if item.candidateRuns <= 0 { throw .caseWithoutRepeats(index: index, side: "candidate") }
            guard (0...item.baselineRuns).contains(item.baselinePasses) else {
                throw .invalidCount(what: "Baseline passes of case \(index)", value: item.baselinePasses)
            }
            guard (0...item.candidateRuns).contains(item.candidatePasses) else {
                throw .invalidCount(what: "Candidate passes of case \(index)", value: item.candidatePasses)
            }
            if lattice <= Self.latticeLimit {
                lattice = Self.lcm(Self.lcm(lattice, item.baselineRuns), item.candidateRuns)
            }
        }
        guard lattice <= Self.latticeLimit else {
            // Repeat counts with no small common multiple (many different counts after errors).
            let differences = cases.map { Double($0.candidatePasses) / Double($0.candidateRuns) - Double($0.baselinePasses) / Double($0.baselineRuns) }
            return SignFlipDistribution.normal(differences: differences, alpha: alpha)
        }
        let numerators = cases.map { $0.candidatePasses * (lattice / $0.candidateRuns) - $0.baselinePasses * (lattice / $0.baselineRuns) }
        return SignFlipDistribution(numerators: numerators, alpha: alpha).result(cases: cases.count, lattice: lattice, alpha: alpha)
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
    /// Mean of d_i: the change in the mean per-case pass fraction.
    public let meanDifference: Double
    /// Sum of d_i times the lattice denominator (an exact integer; 0 on the approximate path).
    public let statisticNumerator: Int
    /// The common denominator L of the per-case pass fractions (0 when there is none small enough).
    public let lattice: Int
    /// One-sided p for "the candidate is worse", P(S* <= S).
    public let lowerPValue: Double
    /// One-sided p for "the candidate is better", P(S* >= S).
    public let upperPValue: Double
    /// The (1 - 2 alpha) interval for the mean difference, in agreement with the one-sided tests.
    public let interval: ConfidenceInterval
    /// Sign-flip standard error of the mean difference, sqrt(sum d_i^2) / n.
    public let standardError: Double
    /// True when the exact distribution was computed; false for the normal approximation.
    public let exact: Bool
}
