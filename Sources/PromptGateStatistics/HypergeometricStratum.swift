import Foundation

/// One kind of informative case in `StratifiedPermutationTest`: its run counts and total passes,
/// the hypergeometric distribution of the candidate's passes under "no change", and the
/// standardized deviation of each possible count. Cases with the same key share one table.
struct HypergeometricStratum: Sendable {
    /// Runs on each side and passes over both.
    struct Key: Hashable, Sendable {
        let baselineRuns: Int
        let candidateRuns: Int
        let passes: Int
    }

    /// Smallest possible candidate pass count.
    private let lowest: Int
    /// P(candidate passes <= lowest + i), the last entry forced to 1.
    let cumulative: [Double]
    /// (count - mean) / sd for count = lowest + i.
    let deviations: [Double]
    private let mean: Double
    private let standardDeviation: Double

    /// The stratum, or nil when every run passed or every run failed (no information).
    init?(_ key: Key) {
        let total = key.baselineRuns + key.candidateRuns
        guard key.passes > 0, key.passes < total else { return nil }
        let drawn = Double(key.candidateRuns)
        let share = Double(key.passes) / Double(total)
        mean = drawn * share
        let variance = drawn * share * (1 - share) * Double(total - key.candidateRuns) / Double(total - 1)
        guard variance > 0 else { return nil }
        standardDeviation = variance.squareRoot()
        lowest = max(0, key.passes - key.baselineRuns)
        let highest = min(key.passes, key.candidateRuns)
        let logTotal = Self.logChoose(total, key.candidateRuns)
        var running = 0.0
        var cumulative: [Double] = []
        var deviations: [Double] = []
        for count in lowest...highest {
            let logProbability = Self.logChoose(key.passes, count)
                + Self.logChoose(total - key.passes, key.candidateRuns - count) - logTotal
            running += exp(logProbability)
            cumulative.append(running)
            deviations.append((Double(count) - mean) / standardDeviation)
        }
        cumulative[cumulative.count - 1] = 1
        self.cumulative = cumulative
        self.deviations = deviations
    }

    /// The standardized deviation of an observed candidate pass count.
    func standardized(_ candidatePasses: Int) -> Double {
        (Double(candidatePasses) - mean) / standardDeviation
    }

    private static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    }
}
