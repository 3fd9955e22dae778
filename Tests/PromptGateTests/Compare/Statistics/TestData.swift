/// Deterministic paired pass fractions over k = 3 repeats, identical to `dataset()` in
/// Scripts/reference_values.py: every `loseOne`-th case loses a pass, every `loseTwo`-th loses two
/// and every `gain`-th gains one.
enum TestData {
    static func passFractions(
        cases: Int, loseOne: Int = 4, loseTwo: Int = 7, gain: Int = 9
    ) -> (baseline: [Double], candidate: [Double]) {
        var baseline: [Double] = []
        var candidate: [Double] = []
        for index in 0..<cases {
            let basePasses = (index * 37 + 5) % 4
            var candidatePasses = basePasses
            if index % loseOne == 0 { candidatePasses -= 1 }
            if index % loseTwo == 0 { candidatePasses -= 2 }
            if index % gain == 0 { candidatePasses += 1 }
            candidatePasses = min(3, max(0, candidatePasses))
            baseline.append(Double(basePasses) / 3)
            candidate.append(Double(candidatePasses) / 3)
        }
        return (baseline, candidate)
    }

    /// The same cases as repeat outcomes: `passes` trues followed by falses, k = 3.
    static func outcomes(fractions: [Double]) -> [[Bool]] {
        fractions.map { fraction in
            let passes = Int((fraction * 3).rounded())
            return (0..<3).map { $0 < passes }
        }
    }
}
