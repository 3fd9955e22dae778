/// The population of test cases the gate simulation draws from: true per-case pass probabilities.
///
/// Default model (the shape seen in real prompt test sets): most cases are near-deterministic,
/// 70% almost always pass (0.97) and 10% almost always fail (0.03), while a minority of 20% are
/// genuinely noisy, with a pass probability drawn uniformly from 0.3...0.7. Expected pass rate
/// is about 78%. Every simulated comparison draws a fresh set of cases from this mix.
public struct SimulatedCaseMix: Sendable, Equatable, Hashable {
    /// Share of cases that almost always pass.
    public var stablePassShare: Double
    /// Share of cases that almost always fail; the rest are noisy.
    public var stableFailShare: Double
    /// Pass probability of a stable passing case.
    public var stablePassProbability: Double
    /// Pass probability of a stable failing case.
    public var stableFailProbability: Double
    /// Range of pass probabilities for noisy cases (drawn uniformly).
    public var noisyRange: ClosedRange<Double>

    /// Creates a case mix; the defaults are the documented model above.
    public init(
        stablePassShare: Double = 0.70, stableFailShare: Double = 0.10,
        stablePassProbability: Double = 0.97, stableFailProbability: Double = 0.03,
        noisyRange: ClosedRange<Double> = 0.3...0.7
    ) {
        self.stablePassShare = stablePassShare
        self.stableFailShare = stableFailShare
        self.stablePassProbability = stablePassProbability
        self.stableFailProbability = stableFailProbability
        self.noisyRange = noisyRange
    }

    /// Draws `count` true per-case pass probabilities.
    public func draw(count: Int, using generator: inout SeededGenerator) -> [Double] {
        (0..<max(0, count)).map { _ in
            let kind = generator.nextUnitDouble()
            if kind < stablePassShare { return stablePassProbability }
            if kind < stablePassShare + stableFailShare { return stableFailProbability }
            let width = noisyRange.upperBound - noisyRange.lowerBound
            return noisyRange.lowerBound + width * generator.nextUnitDouble()
        }
    }
}
