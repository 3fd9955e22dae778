import Foundation
import PromptGate

/// How long the gate's pass-rate test takes on large comparisons: 1,000 and 10,000 cases x 3
/// repeats (exact sign-flip distribution, or its normal approximation beyond the exact work limit).
enum SignFlipTiming {
    static func measure() throws -> String {
        try [(1_000, "1,000"), (10_000, "10,000")].map { try measure(cases: $0.0, label: $0.1) }.joined(separator: "\n")
    }

    static func measure(cases: Int, label: String) throws -> String {
        var generator = SeededGenerator(seed: 9)
        var baseline: [[Bool]] = [], candidate: [[Bool]] = []
        for _ in 0..<cases {
            let p = generator.nextUnitDouble()
            baseline.append((0..<3).map { _ in generator.nextUnitDouble() < p })
            candidate.append((0..<3).map { _ in generator.nextUnitDouble() < p - 0.01 })
        }
        let clock = ContinuousClock()
        var result: SignificanceResult?
        let elapsed = try clock.measure {
            result = try SignificanceDecision().decide(baseline: baseline, candidate: candidate)
        }
        let p = result.map { String(format: "%.4f", $0.lowerPValue) } ?? "-"
        let exact = result?.signFlip?.exact == true ? "exact" : "normal approximation"
        return String(
            format: "pass-rate test, %@ cases x 3 repeats (sign-flip, %@): %.3f s, one-sided p = %@", label, exact,
            elapsed.seconds, p)
    }
}
