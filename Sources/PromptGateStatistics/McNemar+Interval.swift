import Foundation

extension McNemar {
    /// The exact conditional interval that agrees with the one-sided exact McNemar tests at `alpha`:
    /// given the n = b + c cases that flipped, the share of fixes theta = c / n has the
    /// Clopper-Pearson bounds P(X >= c; theta_L) = alpha and P(X <= c; theta_U) = alpha
    /// (X ~ Binomial(n, theta)), and the change in pass rate is (n / cases)(2 theta - 1). The upper
    /// bound is below zero exactly when theta_U < 1/2, that is when the one-sided p for a drop,
    /// P(X <= c; 1/2), is below alpha; the search for each bound starts on the side of 1/2 that
    /// p names, so the interval and the p-values agree by construction. Level 1 - 2 alpha; in
    /// pass-rate fractions.
    public static func conditionalInterval(_ test: McNemarResult, cases: Int, alpha: Double) -> ConfidenceInterval {
        let n = test.discordant, fixes = test.fixes
        guard n > 0, cases > 0 else { return ConfidenceInterval(lower: 0, upper: 0, level: 1 - 2 * alpha) }
        // theta_U: P(X <= fixes; theta) falls with theta; equals alpha at theta_U (1 when fixes = n).
        let thetaUpper: Double
        if fixes == n {
            thetaUpper = 1
        } else {
            let below = test.lowerPValue < alpha
            thetaUpper = solve(clampedTo: below ? 0...nextafter(0.5, 0) : 0.5...1) { theta in
                binomialCDF(fixes, trials: n, probability: theta) > alpha
            }
        }
        // theta_L: P(X >= fixes; theta) rises with theta; equals alpha at theta_L (0 when fixes = 0).
        let thetaLower: Double
        if fixes == 0 {
            thetaLower = 0
        } else {
            let above = test.upperPValue < alpha
            thetaLower = solve(clampedTo: above ? nextafter(0.5, 1)...1 : 0...0.5) { theta in
                1 - binomialCDF(fixes - 1, trials: n, probability: theta) < alpha
            }
        }
        let share = Double(n) / Double(cases)
        return ConfidenceInterval(
            lower: share * (2 * thetaLower - 1), upper: share * (2 * thetaUpper - 1), level: 1 - 2 * alpha)
    }

    /// Bisection for the boundary of a predicate that holds below it and fails above it, searched
    /// and kept within `range` (the side of 1/2 the p-value has already chosen).
    private static func solve(clampedTo range: ClosedRange<Double>, _ holds: (Double) -> Bool) -> Double {
        var (lo, hi) = (range.lowerBound, range.upperBound)
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if holds(mid) { lo = mid } else { hi = mid }
        }
        return min(range.upperBound, max(range.lowerBound, lo))
    }

    /// P(X <= k) for X ~ Binomial(n, p), summed in log space (stable for n in the hundreds of thousands).
    static func binomialCDF(_ k: Int, trials n: Int, probability p: Double) -> Double {
        if k < 0 { return 0 }
        if k >= n { return 1 }
        if p <= 0 { return 1 }
        if p >= 1 { return 0 }
        let logP = log(p), logQ = log1p(-p)
        var logs: [Double] = []
        logs.reserveCapacity(k + 1)
        for j in 0...k {
            let logChoose = lgamma(Double(n + 1)) - lgamma(Double(j + 1)) - lgamma(Double(n - j + 1))
            logs.append(logChoose + Double(j) * logP + Double(n - j) * logQ)
        }
        let top = logs.max() ?? 0
        let sum = logs.reduce(0) { $0 + exp($1 - top) }
        return min(1, exp(top) * sum)
    }
}
