import Foundation
import PromptGate

/// How long the gate's tests take on a large comparison: 10,000 cases x 3 repeats, 10,000
/// permutation draws and 10,000 bootstrap resamples (the defaults).
enum PermutationTiming {
    static func measure() throws -> String {
        var generator = SeededGenerator(seed: 9)
        var baseline: [[Bool]] = [], candidate: [[Bool]] = []
        for _ in 0..<10_000 {
            let p = generator.nextUnitDouble()
            baseline.append((0..<3).map { _ in generator.nextUnitDouble() < p })
            candidate.append((0..<3).map { _ in generator.nextUnitDouble() < p - 0.01 })
        }
        let clock = ContinuousClock()
        var result: SignificanceResult?
        let elapsed = try clock.measure { result = try SignificanceDecision().decide(baseline: baseline, candidate: candidate) }
        let p = result.map { String(format: "%.4f", $0.pValue) } ?? "-"
        return String(format: "pass-rate test, 10,000 cases x 3 repeats (stratified permutation, 10,000 draws, + bootstrap interval, 10,000 resamples): %.3f s, p = %@", elapsed.seconds, p)
    }
}
