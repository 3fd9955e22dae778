/// The values a number in a configuration file may take, and how to say so in a message.
/// Every number read from `promptgate.yaml`, `testset.yaml`, front matter and recordings must be
/// finite and inside its range; a message names the range so the fix is obvious.
struct NumberRange: Sendable, CustomStringConvertible {
    let lower: Double
    let lowerIncluded: Bool
    let upper: Double
    let upperIncluded: Bool

    func contains(_ x: Double) -> Bool {
        x.isFinite && (lowerIncluded ? x >= lower : x > lower) && (upperIncluded ? x <= upper : x < upper)
    }

    /// "from 0 to 1", "between 0 and 1 (exclusive)", "greater than 0 and at most 1000000".
    var description: String {
        let (low, high) = (Self.format(lower), Self.format(upper))
        switch (lowerIncluded, upperIncluded) {
        case (true, true): return "from \(low) to \(high)"
        case (false, false): return "between \(low) and \(high) (exclusive)"
        case (false, true): return "greater than \(low) and at most \(high)"
        case (true, false): return "at least \(low) and less than \(high)"
        }
    }

    static func format(_ x: Double) -> String {
        x.rounded() == x && x.magnitude < 1e15 ? String(Int64(x)) : "\(x)"
    }

    /// 0 ... 1 (shares, rates, similarity thresholds).
    static let fraction = NumberRange(lower: 0, lowerIncluded: true, upper: 1, upperIncluded: true)
    /// 0 < x < 1 (a significance level).
    static let openFraction = NumberRange(lower: 0, lowerIncluded: false, upper: 1, upperIncluded: false)
    /// A significance level: above 0 and below one half (a one-sided test at 0.5 or more decides nothing).
    static let significance = NumberRange(lower: 0, lowerIncluded: false, upper: 0.5, upperIncluded: false)
    /// 0 ... 1e6 (prices per million tokens, weights, tolerances).
    static let nonNegative = NumberRange(lower: 0, lowerIncluded: true, upper: 1_000_000, upperIncluded: true)
    /// 0 < x ... 1e6 (ratios, rates).
    static let positive = NumberRange(lower: 0, lowerIncluded: false, upper: 1_000_000, upperIncluded: true)
    /// 0 ... 86400 (seconds: delays).
    static let seconds = NumberRange(lower: 0, lowerIncluded: true, upper: 86_400, upperIncluded: true)
    /// 0 < x ... 86400 (seconds: timeouts).
    static let positiveSeconds = NumberRange(lower: 0, lowerIncluded: false, upper: 86_400, upperIncluded: true)
    /// 0 ... 86 400 000 (milliseconds: a recorded latency, at most a day).
    static let milliseconds = NumberRange(lower: 0, lowerIncluded: true, upper: 86_400_000, upperIncluded: true)
}
