/// How disagreements between two raters count in Cohen's kappa: all alike (nominal categories), or
/// by their distance on an ordered scale, linearly or squared.
public enum KappaWeighting: String, Sendable, CaseIterable {
    case unweighted, linear, quadratic

    /// The disagreement weight of categories `i` and `j` of `k` (0 on the diagonal, 1 at most).
    func weight(_ i: Int, _ j: Int, of k: Int) -> Double {
        guard i != j else { return 0 }
        switch self {
        case .unweighted: return 1
        case .linear: return Double(abs(i - j)) / Double(max(1, k - 1))
        case .quadratic: return Double((i - j) * (i - j)) / Double(max(1, (k - 1) * (k - 1)))
        }
    }
}

/// Agreement of two raters over the same items (a judge and people): accuracy, Cohen's kappa and
/// its percentile-bootstrap confidence interval, and the confusion matrix.
public struct RaterAgreement: Sendable, Equatable {
    /// Items rated by both.
    public let count: Int
    /// Share of items on which the two agree exactly.
    public let accuracy: Double
    /// Cohen's kappa (weighted as `weighting` says); nil when it is undefined (the ratings hold no
    /// variation chance agreement could be measured against, e.g. everything in one category).
    public let kappa: Double?
    public let weighting: KappaWeighting
    /// Percentile bootstrap interval of kappa (items resampled); nil when kappa is undefined.
    public let interval: ConfidenceInterval?
    /// `confusion[i][j]`: items the first rater put in category i and the second in j.
    public let confusion: [[Int]]
}

/// Cohen's kappa, plain or weighted: 1 − Σ w·observed / Σ w·expected, where expected is what two
/// raters with these marginals would agree on by chance (Cohen 1960; weighted, Cohen 1968).
public enum CohenKappa {
    /// Kappa of `pairs` (category indices `0..<categories` of the first and the second rater).
    public static func kappa(_ pairs: [(Int, Int)], categories: Int, weighting: KappaWeighting) -> Double? {
        let matrix = confusion(pairs, categories: categories)
        return kappa(matrix: matrix, weighting: weighting)
    }

    /// The confusion matrix of `pairs`; pairs outside `0..<categories` are left out.
    public static func confusion(_ pairs: [(Int, Int)], categories: Int) -> [[Int]] {
        var matrix = Array(repeating: Array(repeating: 0, count: categories), count: categories)
        for (a, b) in pairs where (0..<categories).contains(a) && (0..<categories).contains(b) {
            matrix[a][b] += 1
        }
        return matrix
    }

    /// Kappa from a confusion matrix.
    public static func kappa(matrix: [[Int]], weighting: KappaWeighting) -> Double? {
        let k = matrix.count
        let n = Double(matrix.reduce(0) { $0 + $1.reduce(0, +) })
        guard k > 1, n > 0 else { return nil }
        let rows = matrix.map { Double($0.reduce(0, +)) }
        let columns = (0..<k).map { j in Double(matrix.reduce(0) { $0 + $1[j] }) }
        var observed = 0.0, expected = 0.0
        for i in 0..<k {
            for j in 0..<k {
                let w = weighting.weight(i, j, of: k)
                observed += w * Double(matrix[i][j]) / n
                expected += w * rows[i] * columns[j] / (n * n)
            }
        }
        guard expected > 1e-12 else { return nil }
        return 1 - observed / expected
    }

    /// Accuracy, kappa, a `level` percentile-bootstrap interval (`resamples` resamples of the items,
    /// drawn from `seed`, so the interval is reproducible) and the confusion matrix.
    public static func agreement(
        _ pairs: [(Int, Int)], categories: Int, weighting: KappaWeighting,
        level: Double = 0.95, resamples: Int = 2_000, seed: UInt64 = 0x6B61_7070_61
    ) -> RaterAgreement {
        let matrix = confusion(pairs, categories: categories)
        let inside = matrix.reduce(0) { $0 + $1.reduce(0, +) }
        let agreed = (0..<categories).reduce(0) { $0 + matrix[$1][$1] }
        let point = kappa(matrix: matrix, weighting: weighting)
        var interval: ConfidenceInterval?
        if point != nil, pairs.count > 1 {
            // The interval needs most resamples to have a kappa; otherwise it is not reported.
            var generator = SeededGenerator(seed: seed)
            var estimates: [Double] = []
            estimates.reserveCapacity(resamples)
            for _ in 0..<max(1, resamples) {
                var sample = Array(repeating: Array(repeating: 0, count: categories), count: categories)
                for _ in 0..<pairs.count {
                    let (a, b) = pairs[generator.nextIndex(below: pairs.count)]
                    if (0..<categories).contains(a) && (0..<categories).contains(b) { sample[a][b] += 1 }
                }
                // A resample with no variation has no kappa: it is left out.
                if let estimate = kappa(matrix: sample, weighting: weighting) { estimates.append(estimate) }
            }
            estimates.sort()
            guard estimates.count * 2 >= max(1, resamples) else {
                return RaterAgreement(
                    count: inside, accuracy: inside == 0 ? 0 : Double(agreed) / Double(inside), kappa: point,
                    weighting: weighting, interval: nil, confusion: matrix)
            }
            let tail = (1 - level) / 2
            let low = estimates[min(estimates.count - 1, Int((tail * Double(estimates.count)).rounded(.down)))]
            let high = estimates[min(estimates.count - 1, Int(((1 - tail) * Double(estimates.count)).rounded(.up)) - 1)]
            interval = ConfidenceInterval(lower: low, upper: high, level: level)
        }
        return RaterAgreement(
            count: inside, accuracy: inside == 0 ? 0 : Double(agreed) / Double(inside), kappa: point,
            weighting: weighting, interval: interval, confusion: matrix)
    }
}
