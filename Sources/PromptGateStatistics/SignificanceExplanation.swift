import Foundation

/// Builds the plain-words sentence a report shows for a comparison, e.g. "Pass rate fell 10.0
/// points (90% CI -16.7 to -3.3); if both versions were equally good, a drop at least this large
/// would happen by chance about 1 time in 500 (one-sided p = 0.002). This is a significant drop
/// (alpha = 0.05): the whole interval is below zero." The gate's rule and the statistics
/// paragraph both quote this one sentence.
package struct SignificanceExplanation: Sendable {
    let measure: SignificanceResult.Measure
    let effect: Double
    /// The noise-weighted change the sign-flip test measures (nil for the other tests): the
    /// interval is for it and the p-value's direction follows it.
    var weightedEffect: Double? = nil
    let interval: ConfidenceInterval
    let lowerPValue: Double
    let upperPValue: Double
    /// True when the p-value is the smallest value a resampling method can report (a bound).
    let pValueIsBound: Bool
    let alpha: Double
    /// (regressions, fixes) for single-run pass/fail data.
    let counts: (regressions: Int, fixes: Int)?

    var text: String {
        "\(changeClause); \(chanceClause). \(verdict)"
    }

    private var changeClause: String {
        let subject = measure == .passRatePoints ? "Pass rate" : "Mean score"
        var details: [String] = []
        if let counts {
            details.append(
                "\(counts.regressions) \(counts.regressions == 1 ? "case" : "cases") regressed, "
                    + "\(counts.fixes) fixed")
        }
        let decimals = Self.decimals(for: measure, magnitudes: [effect, interval.lower, interval.upper])
        if let weightedEffect {
            details.append("noise-weighted change \(Self.number(weightedEffect, decimals)) points")
        }
        details.append(
            "\(Self.percent(interval.level)) CI "
                + "\(Self.number(interval.lower, decimals)) to \(Self.number(interval.upper, decimals))")
        let unit = measure == .passRatePoints ? " points" : ""
        let change: String
        if effect == 0 {
            change = "\(subject) did not change"
        } else if abs(effect) < 0.5 * pow(10, -Double(decimals)) {
            change =
                "\(subject) \(effect < 0 ? "fell" : "rose") by less than \(Self.number(pow(10, -Double(decimals)), decimals))\(unit)"
        } else {
            change = "\(subject) \(effect < 0 ? "fell" : "rose") \(Self.number(abs(effect), decimals))\(unit)"
        }
        return "\(change) (\(details.joined(separator: "; ")))"
    }

    private var chanceClause: String {
        let tested = weightedEffect ?? effect
        let rising = tested > 0
        let p = rising ? upperPValue : lowerPValue
        if p >= 1 {
            return "no evidence of any difference (p = 1)"
        }
        if p >= 0.5 || tested == 0 {
            return
                "differences like this are common when nothing really changed (one-sided p = \(Self.pText(p, alpha: alpha)))"
        }
        let prefix =
            "if both versions were equally good, a \(rising ? "rise" : "drop") at least this large would happen by chance"
        if pValueIsBound {
            return "\(prefix) less than 1 time in \(Self.timesIn(p)) (one-sided p < \(Self.pText(p, alpha: alpha)))"
        }
        if p < 0.0001 {
            return "\(prefix) less than 1 time in 10,000 (one-sided p < 0.0001)"
        }
        return "\(prefix) about 1 time in \(Self.timesIn(p)) (one-sided p = \(Self.pText(p, alpha: alpha)))"
    }

    private var verdict: String {
        let level = "alpha = \(Self.compact(alpha))"
        if lowerPValue < alpha { return "This is a significant drop (\(level)): the whole interval is below zero." }
        if upperPValue < alpha {
            return "This is a significant improvement (\(level)): the whole interval is above zero."
        }
        if (weightedEffect ?? effect) < 0 {
            return "Not a significant drop (\(level)): the interval includes zero, so it may be noise."
        }
        return "No significant change (\(level))."
    }

    // MARK: Number formatting (POSIX, no locale: reports must be identical on every machine)

    /// One decimal for points; for scores, enough decimals for two significant figures of the largest value.
    static func decimals(for measure: SignificanceResult.Measure, magnitudes: [Double]) -> Int {
        guard measure == .meanScore else { return 1 }
        let largest = magnitudes.map(abs).filter(\.isFinite).max() ?? 0
        guard largest > 0 else { return 1 }
        return min(6, max(1, 1 - Int(log10(largest).rounded(.down))))
    }

    package static func number(_ value: Double, _ decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        // Avoid "-0.0" for tiny negative values that round to zero.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    static func percent(_ level: Double) -> String {
        "\(compact((level * 1e6).rounded() / 1e4))%"
    }

    package static func compact(_ value: Double) -> String {
        String(format: "%g", value)
    }

    /// Two significant figures, more if rounding would put p on the other side of alpha.
    static func pText(_ p: Double, alpha: Double) -> String {
        var figures = 2
        while true {
            let text = significant(p, figures: figures)
            if figures >= 4 || ((Double(text) ?? p) < alpha) == (p < alpha) { return text }
            figures += 1
        }
    }

    static func significant(_ value: Double, figures: Int) -> String {
        guard value > 0 else { return "0" }
        let decimals = max(0, figures - 1 - Int(log10(value).rounded(.down)))
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// 1 / p as a friendly count: whole numbers below 20, two significant figures above.
    static func timesIn(_ p: Double) -> String {
        // Callers pass p >= 0.0001; the clamp keeps any other value from overflowing Int.
        let raw = min(1e12, 1 / max(p, 1e-12))
        let rounded: Double
        if raw < 20 {
            rounded = raw.rounded()
        } else {
            let magnitude = pow(10, log10(raw).rounded(.down) - 1)
            rounded = (raw / magnitude).rounded() * magnitude
        }
        return grouped(Int(rounded))
    }

    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
