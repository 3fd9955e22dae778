import Foundation

/// The exact McNemar test for paired binary outcomes (one run per case on each side): under "no
/// change", each case that flips is equally likely to be a regression or a fix.
public enum McNemar: Sendable {
    /// Two-sided exact test on the discordant pairs, p = min(1, 2 * P(X <= min(b, c))) for
    /// X ~ Binomial(b + c, 1/2), and p = 1 when no case flipped. Computed in log space so it stays
    /// accurate for b + c up to hundreds of thousands; negative counts are treated as zero.
    public static func exact(regressions b: Int, fixes c: Int) -> McNemarResult {
        let regressions = max(0, b)
        let fixes = max(0, c)
        let n = regressions + fixes
        let smaller = min(regressions, fixes)
        guard n > 0 else {
            return McNemarResult(regressions: regressions, fixes: fixes, pValue: 1, lowerPValue: 1, upperPValue: 1)
        }
        // One-sided for "the candidate is worse": P(X <= fixes), as extreme as the observed
        // split or more so towards regressions.
        let lower = lowerTail(successes: fixes, trials: n)
        let upper = lowerTail(successes: regressions, trials: n)
        guard smaller * 2 < n else {
            // A perfect tie (the lower tail already holds at least half the mass).
            return McNemarResult(
                regressions: regressions, fixes: fixes, pValue: 1, lowerPValue: lower, upperPValue: upper)
        }
        let pValue = min(1, 2 * lowerTail(successes: smaller, trials: n))
        return McNemarResult(
            regressions: regressions, fixes: fixes, pValue: pValue, lowerPValue: lower, upperPValue: upper)
    }

    /// P(X <= k) for X ~ Binomial(n, 1/2), for any 0 <= k <= n: the small tail directly, the
    /// large one by symmetry, P(X <= k) = 1 - P(X <= n - k - 1).
    static func lowerTail(successes k: Int, trials n: Int) -> Double {
        if k >= n { return 1 }
        if k * 2 >= n { return 1 - lowerTail(successes: n - k - 1, trials: n) }
        let tail =
            n <= exactLimit
            ? exactLowerTailHalf(successes: k, trials: n)
            : exp(logLowerTailHalf(successes: k, trials: n))
        return min(1, tail)
    }

    /// Largest b + c for which binomial coefficients (and their running products) are exact doubles.
    static let exactLimit = 50

    /// P(X <= k) for X ~ Binomial(n, 1/2), n <= `exactLimit`: integer coefficients summed exactly
    /// and scaled by 2^-n, so small tables give exact dyadic p-values (e.g. 0.03857421875 for 10 vs 2).
    static func exactLowerTailHalf(successes k: Int, trials n: Int) -> Double {
        var coefficient = 1.0
        var sum = 1.0
        var j = 0
        while j < k {
            coefficient = coefficient * Double(n - j) / Double(j + 1)
            sum += coefficient
            j += 1
        }
        return scalbn(sum, -n)
    }

    /// log P(X <= k) for X ~ Binomial(n, 1/2) with k < n / 2. Starts from log P(X = k) (lgamma) and
    /// sums the ratios P(X = j - 1) / P(X = j) = j / (n - j + 1) downwards; they shrink at least
    /// geometrically, so the loop stops early once terms no longer change the sum.
    static func logLowerTailHalf(successes k: Int, trials n: Int) -> Double {
        let logChoose: Double = lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
        let logPmf: Double = logChoose - Double(n) * log(2.0)
        var sum = 1.0
        var term = 1.0
        var j = k
        while j > 0 {
            term *= Double(j) / Double(n - j + 1)
            sum += term
            if term < sum * 1e-17 { break }
            j -= 1
        }
        return logPmf + log(sum)
    }
}
