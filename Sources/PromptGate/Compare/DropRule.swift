/// The gate's statistical rules, both spending the one error budget alpha on one-sided tests for
/// a drop (`SignificanceResult`):
///
/// - pass rate: a significant drop (one-sided p < alpha; the interval lies below zero) fails. A
///   drop beyond the tolerated maximum that is borderline (alpha <= p < 2 alpha) warns; one that
///   could well be noise passes, and the report says how large a drop the test set can detect.
/// - mean score: fails only when the drop is beyond its maximum and significant; otherwise passes.
///
/// With no true change the pass-rate rule fails at most alpha of the time and warns at most a
/// further alpha; the mean-score rule adds a failure only when a chance drop beyond its maximum
/// is also significant, which `GateSimulation` measures together with the rest of the gate.
public enum DropRule: Sendable, Equatable {
    /// Nothing to act on.
    case ok
    /// A significant drop: fails.
    case significantDrop
    /// A significant drop that is also beyond the maximum (the mean-score rule's failure).
    case beyondMaximum
    /// A drop beyond the maximum, borderline but not significant: warns.
    case borderline

    /// The pass-rate rule; `exceedsMaximum` says whether the drop is larger than the maximum,
    /// decided on exact counts (`PairedOutcomes.passRateDropExceeds`).
    public static func passRate(_ result: SignificanceResult, exceedsMaximum: Bool) -> DropRule {
        if result.significantDrop { return .significantDrop }
        if exceedsMaximum, result.lowerPValue < 2 * result.alpha { return .borderline }
        return .ok
    }

    /// The mean-score rule: fails only beyond the maximum and with significance.
    public static func meanScore(_ result: SignificanceResult, maximumDrop: Double) -> DropRule {
        // Compared in millionths of a score unit, so a drop equal to the maximum up to rounding is not "beyond" it.
        let beyond = (-result.effect * 1_000_000).rounded() > (maximumDrop * 1_000_000).rounded()
        return beyond && result.significantDrop ? .beyondMaximum : .ok
    }

    /// True for the outcomes that fail the gate.
    public var fails: Bool { self == .significantDrop || self == .beyondMaximum }
}
