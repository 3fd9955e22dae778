import PromptGate

/// How a true change in pass rate is spread over the cases in the gate simulation. The same
/// average drop is much easier to detect when it is spread thinly than when a few cases break.
public enum ChangeModel: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Every case's pass probability moves by the same amount (clamped to 0...1), the amount being
    /// solved so the expected pass rate moves by exactly the requested points: a prompt that is
    /// slightly worse everywhere.
    case diffuse
    /// Cases taken in random order are broken outright (their pass probability set to the case
    /// mix's stable-fail level; the last one only partly) until the expected pass rate has dropped
    /// by exactly the requested points: a prompt that breaks a few behaviours. Rises are
    /// modelled the same way, by fixing cases up to the stable-pass level.
    case concentrated

    /// Returns candidate pass probabilities whose mean is the mean of `probabilities` plus
    /// `changePoints` / 100 (as far as 0...1 allows).
    public func apply(
        _ probabilities: [Double], changePoints: Double, mix: SimulatedCaseMix,
        using generator: inout SeededGenerator
    ) -> [Double] {
        guard changePoints != 0, !probabilities.isEmpty else { return probabilities }
        switch self {
        case .diffuse:
            return Self.shift(probabilities, by: changePoints / 100)
        case .concentrated:
            return Self.breakCases(probabilities, by: changePoints / 100, mix: mix, using: &generator)
        }
    }

    /// Adds the same offset to every probability, clamped to 0...1, choosing the offset so the mean
    /// changes by exactly `change`. Solved in closed form: after a drop of s, the mean is
    /// (sum of the m largest p - m * s) / n for the m cases still above zero.
    static func shift(_ probabilities: [Double], by change: Double) -> [Double] {
        if change > 0 {
            // A rise is a drop of the failure probabilities.
            return shift(probabilities.map { 1 - $0 }, by: -change).map { 1 - $0 }
        }
        let count = probabilities.count
        let clamped = probabilities.map { min(1, max(0, $0)) }
        let remaining = clamped.reduce(0, +) + change * Double(count)  // target sum after the drop
        guard remaining > 0 else { return [Double](repeating: 0, count: count) }
        let descending = clamped.sorted(by: >)
        var activeSum = 0.0
        var offset = 0.0
        for active in 1...count {
            activeSum += descending[active - 1]
            offset = (activeSum - remaining) / Double(active)
            let next = active < count ? descending[active] : 0
            if offset >= next { break }  // the remaining cases would already be clamped at zero
        }
        return clamped.map { max(0, $0 - offset) }
    }

    /// Moves whole cases to the stable-fail (or stable-pass) level in random order until the
    /// summed change reaches `change` times the number of cases.
    static func breakCases(
        _ probabilities: [Double], by change: Double, mix: SimulatedCaseMix,
        using generator: inout SeededGenerator
    ) -> [Double] {
        var result = probabilities
        var remaining = abs(change) * Double(probabilities.count)
        let destination = change < 0 ? mix.stableFailProbability : mix.stablePassProbability
        var order = Array(probabilities.indices)
        order.shuffle(using: &generator)
        for index in order where remaining > 0 {
            let room = change < 0 ? result[index] - destination : destination - result[index]
            guard room > 0 else { continue }
            let step = min(room, remaining)
            result[index] += change < 0 ? -step : step
            remaining -= step
        }
        return result
    }
}
