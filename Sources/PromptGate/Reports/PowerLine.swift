import Foundation

/// The "detectable drop" line under the gate's statistics: for the test set's size and repeats,
/// the pass-rate drop the gate detects 80% of the time at its alpha (`PowerAnalysis`).
struct PowerLine {
    let paired: PairedOutcomes
    let alpha: Double

    func markdown() -> String {
        guard let rates = paired.passRates else { return "" }
        let cases = paired.items.count
        let repeats = Self.typicalRepeats(paired)
        let analysis = PowerAnalysis(alpha: alpha, power: 0.8)
        let independent = analysis.minimumDetectableDrop(
            cases: cases, repeats: repeats, passRate: rates.baseline, correlation: 0)
        let alike = analysis.minimumDetectableDrop(
            cases: cases, repeats: repeats, passRate: rates.baseline, correlation: 1)
        let runs = repeats == 1 ? "1 run" : "\(repeats) runs"
        var text =
            "Detectable drop: with \(cases) cases × \(runs) each, the gate detects a pass-rate drop of "
            + "\(Self.points(independent)) points 80% of the time (alpha = \(SignificanceExplanation.compact(alpha)))"
        if repeats > 1 {
            text += "; \(Self.points(alike)) points if a case's repeats always agree"
        }
        text +=
            ". A drop confined to a few cases needs at least \(analysis.fewestDecisiveCases) of them to break "
            + "(more when other cases are noisy); tag a case `critical` to gate on it alone"
        return text + ". `promptgate power --drop POINTS` tells how many cases a smaller drop needs.\n\n"
    }

    /// The most common candidate repeat count.
    static func typicalRepeats(_ paired: PairedOutcomes) -> Int {
        let counts = Dictionary(grouping: paired.items, by: \.counts.candidateRuns).mapValues(\.count)
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 1
    }

    static func points(_ fraction: Double) -> String {
        String(format: "%.1f", fraction * 100)
    }
}
