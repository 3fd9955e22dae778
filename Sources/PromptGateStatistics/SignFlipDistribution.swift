import Foundation

/// The null distribution of a `SignFlipTest`: the sum of +/- |a_i| over every sign pattern, each
/// with probability 2^-n, for integer numerators a_i. Built exactly by convolution, one case at a
/// time, on an array indexed by the sum; it is symmetric, so both tails are read from one
/// cumulative array and the interval agrees with the p-values bit for bit. Above
/// `SignFlipTest.exactWorkLimit` steps the normal approximation is used.
struct SignFlipDistribution {
    let numerators: [Int]
    let alpha: Double

    /// The result for the observed sum of the numerators; `scale` turns a sum into the
    /// noise-weighted change (the total weight times the resolution).
    func result(cases: Int, meanDifference: Double, scale: Double) -> SignFlipResult {
        let magnitudes = numerators.map(abs).filter { $0 > 0 }
        let statistic = numerators.reduce(0, +)
        let squares = magnitudes.reduce(0.0) { $0 + Double($1) * Double($1) }
        let level = 1 - 2 * alpha
        guard !magnitudes.isEmpty else {
            return SignFlipResult(
                cases: cases, informativeCases: 0, meanDifference: meanDifference, weightedMeanDifference: 0,
                lowerPValue: 1, upperPValue: 1, interval: ConfidenceInterval(lower: 0, upper: 0, level: level),
                standardError: 0, exact: true)
        }
        let step = magnitudes.reduce(0) { Self.gcd($0, $1) }
        let reduced = magnitudes.map { $0 / step }
        let total = reduced.reduce(0, +)
        let exact = Double(reduced.count) * Double(2 * total + 1) <= Double(SignFlipTest.exactWorkLimit)
        let lower: Double, upper: Double, halfWidth: Double
        if exact {
            let cumulative = Self.cumulative(reduced, total: total)
            let observed = statistic / step
            lower = cumulative[total + observed]
            upper = cumulative[total - observed]  // symmetry: P(S* >= s) = P(S* <= -s)
            // Smallest sum whose cumulative probability reaches alpha: the edge of the acceptance region.
            let edge = cumulative.firstIndex(where: { $0 >= alpha }) ?? total
            halfWidth = Double(-(edge - total) * step)
        } else {
            let sd = squares.squareRoot()
            let z = Double(statistic) / sd
            lower = NormalDistribution.cdf(z)
            upper = NormalDistribution.cdf(-z)
            halfWidth = NormalDistribution.quantile(1 - alpha) * sd
        }
        let estimate = Double(statistic) / scale
        return SignFlipResult(
            cases: cases, informativeCases: magnitudes.count, meanDifference: meanDifference,
            weightedMeanDifference: estimate, lowerPValue: min(1, lower), upperPValue: min(1, upper),
            interval: ConfidenceInterval(
                lower: estimate - halfWidth / scale, upper: estimate + halfWidth / scale, level: level),
            standardError: squares.squareRoot() / scale, exact: exact)
    }

    /// P(S* <= j - total) for j = 0...2 total.
    static func cumulative(_ magnitudes: [Int], total: Int) -> [Double] {
        let width = 2 * total + 1
        var current = [Double](repeating: 0, count: width)
        var next = [Double](repeating: 0, count: width)
        current[total] = 1
        var reach = 0
        for magnitude in magnitudes.sorted() {
            let newReach = reach + magnitude
            var index = total - newReach
            while index <= total + newReach {
                let left = index - magnitude, right = index + magnitude
                let fromLeft = left >= total - reach && left <= total + reach ? current[left] : 0
                let fromRight = right >= total - reach && right <= total + reach ? current[right] : 0
                next[index] = 0.5 * (fromLeft + fromRight)
                index += 1
            }
            swap(&current, &next)
            reach = newReach
        }
        var running = 0.0
        for index in 0..<width {
            running += current[index]
            current[index] = running
        }
        return current
    }

    static func gcd(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
