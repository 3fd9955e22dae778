import Foundation
import PromptGate

/// The population of test cases the gate simulation draws from: true per-case pass probabilities.
///
/// Default shape (`stableMajority`, the shape seen in real prompt test sets): most cases are
/// near-deterministic, 70% almost always pass (0.97) and 10% almost always fail (0.03), while a
/// minority of 20% are genuinely noisy, with a pass probability drawn uniformly from 0.3...0.7.
/// Expected pass rate is about 78%. `uShaped` draws p from the arcsine distribution Beta(1/2, 1/2)
/// (most cases near 0 or 1, a long middle); `easyHard` is 70% easy cases (p uniform in 0.9...1)
/// and 30% hard ones (p uniform in 0.2...0.6). Every simulated comparison draws fresh cases.
public struct SimulatedCaseMix: Sendable, Equatable, Hashable {
    /// The family of per-case pass probabilities.
    public enum Shape: String, Sendable, Equatable, Hashable, CaseIterable {
        case stableMajority = "stable majority"
        case uShaped = "U-shaped"
        case easyHard = "easy/hard"
    }

    /// The family drawn from; the share and probability fields below apply to `stableMajority`.
    public var shape: Shape = .stableMajority
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
        shape: Shape = .stableMajority, stablePassShare: Double = 0.70, stableFailShare: Double = 0.10,
        stablePassProbability: Double = 0.97, stableFailProbability: Double = 0.03,
        noisyRange: ClosedRange<Double> = 0.3...0.7
    ) {
        self.shape = shape
        self.stablePassShare = stablePassShare
        self.stableFailShare = stableFailShare
        self.stablePassProbability = stablePassProbability
        self.stableFailProbability = stableFailProbability
        self.noisyRange = noisyRange
    }

    /// Draws `count` true per-case pass probabilities.
    public func draw(count: Int, using generator: inout SeededGenerator) -> [Double] {
        (0..<max(0, count)).map { _ in
            switch shape {
            case .stableMajority: break
            case .uShaped:
                let s = sin(Double.pi / 2 * generator.nextUnitDouble())
                return s * s
            case .easyHard:
                return generator.nextUnitDouble() < 0.7
                    ? 0.9 + 0.1 * generator.nextUnitDouble() : 0.2 + 0.4 * generator.nextUnitDouble()
            }
            let kind = generator.nextUnitDouble()
            if kind < stablePassShare { return stablePassProbability }
            if kind < stablePassShare + stableFailShare { return stableFailProbability }
            let width = noisyRange.upperBound - noisyRange.lowerBound
            return noisyRange.lowerBound + width * generator.nextUnitDouble()
        }
    }
}
