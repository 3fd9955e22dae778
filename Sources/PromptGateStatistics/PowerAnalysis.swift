import Foundation

/// How large a pass-rate drop a test set can detect, and how many cases that takes: the normal
/// approximation of the gate's one-sided case-level test. A case's change d_i has variance
/// 2 p (1 - p) (1 + (k - 1) rho) / k under no change, for a pass rate p, k repeats and a
/// correlation rho between a case's repeats (0: independent, 1: every repeat alike). Using the
/// overall pass rate for every case gives an upper bound on that variance (cases that always pass
/// or always fail add less), so the detectable drop is an upper bound too.
public struct PowerAnalysis: Sendable, Equatable {
    /// One-sided significance level.
    public var alpha: Double
    /// Probability of detecting the drop (default 0.8).
    public var power: Double

    /// Creates an analysis at this alpha and power.
    public init(alpha: Double = 0.05, power: Double = 0.8) {
        self.alpha = alpha
        self.power = power
    }

    /// The smallest drop, as a fraction, detected with probability `power`; never below the
    /// smallest drop the exact test can call significant at all (m cases flipping the same way,
    /// 2^-m < alpha, each by one repeat in k).
    public func minimumDetectableDrop(cases: Int, repeats: Int, passRate: Double, correlation: Double) -> Double {
        guard cases > 0, repeats > 0 else { return 1 }
        let approximate =
            zSum
            * (variance(repeats: repeats, passRate: passRate, correlation: correlation) / Double(cases)).squareRoot()
        let flips = Double(fewestDecisiveCases)
        return min(1, max(approximate, flips / (Double(cases) * Double(repeats))))
    }

    /// The fewest cases whose change, all in one direction and nothing else changing, the exact
    /// test can call significant: m cases flipping the same way have p = 2^-m, so m is the
    /// smallest with 2^-m < alpha (5 at alpha = 0.04). A drop confined to fewer cases can never
    /// fail the pass-rate rule, however large the test set.
    public var fewestDecisiveCases: Int {
        Int((log2(1 / alpha)).rounded(.down)) + 1
    }

    /// Cases needed to detect a drop of `drop` (a fraction) with probability `power`.
    public func casesNeeded(drop: Double, repeats: Int, passRate: Double, correlation: Double) -> Int {
        guard drop > 0, repeats > 0 else { return 0 }
        let n = zSum * zSum * variance(repeats: repeats, passRate: passRate, correlation: correlation) / (drop * drop)
        return max(1, Int(n.rounded(.up)))
    }

    private var zSum: Double { NormalDistribution.quantile(1 - alpha) + NormalDistribution.quantile(power) }

    private func variance(repeats: Int, passRate: Double, correlation: Double) -> Double {
        let p = min(1, max(0, passRate)), rho = min(1, max(0, correlation))
        let k = Double(repeats)
        return max(1e-6, 2 * p * (1 - p) * (1 + (k - 1) * rho) / k)
    }
}
