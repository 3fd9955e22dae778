/// A two-sided confidence interval `lower...upper` at a given confidence level, in the units of
/// the quantity it brackets (a proportion, a difference of means, percentage points).
public struct ConfidenceInterval: Sendable, Equatable, Hashable {
    /// Lower bound.
    public let lower: Double
    /// Upper bound.
    public let upper: Double
    /// The confidence level, e.g. 0.95.
    public let level: Double

    /// Creates an interval; the bounds are stored in increasing order.
    public init(lower: Double, upper: Double, level: Double) {
        self.lower = min(lower, upper)
        self.upper = max(lower, upper)
        self.level = level
    }

    /// Whether `value` lies inside the closed interval.
    public func contains(_ value: Double) -> Bool {
        lower <= value && value <= upper
    }

    /// The interval with both bounds multiplied by `factor` (e.g. 100 to turn rates into points).
    public func scaled(by factor: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower * factor, upper: upper * factor, level: level)
    }
}
