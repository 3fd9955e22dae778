/// The gate's statistical rule for one measure (pass rate or mean score), noise-aware: a drop
/// fails when it is significant (two-sided p < alpha), or when it is larger than the tolerated
/// maximum and unlikely to be noise (one-sided p < alpha). A drop beyond the maximum that could
/// be noise only warns: failing on it would fail unchanged prompts whenever a few flaky cases
/// flip together (at 60 cases and one run each, about one comparison in nine).
///
/// Both fail branches lie inside "one-sided p < alpha", so with no true change the rule fails at
/// most alpha of the time; `GateSimulation` measures it.
public enum DropRule: Sendable, Equatable {
    /// No drop beyond the maximum and nothing significant.
    case ok
    /// A significant drop (two-sided p < alpha): fails.
    case significantDrop
    /// A drop beyond the maximum with one-sided p < alpha: fails.
    case beyondMaximum
    /// A drop beyond the maximum that could be run-to-run noise: warns.
    case beyondMaximumWithinNoise

    /// Applies the rule; `maximumDrop` is in the units of `result.effect` (points for pass rates).
    public init(_ result: SignificanceResult, maximumDrop: Double) {
        let drop = -result.effect
        if result.significantDrop {
            self = .significantDrop
        } else if drop > maximumDrop {
            self = result.lowerPValue < result.alpha ? .beyondMaximum : .beyondMaximumWithinNoise
        } else {
            self = .ok
        }
    }

    /// True for the outcomes that fail the gate.
    public var fails: Bool { self == .significantDrop || self == .beyondMaximum }
}
