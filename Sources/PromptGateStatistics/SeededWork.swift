import Foundation
import PromptGateSync

/// Runs a seeded Monte Carlo loop (bootstrap resamples, permutation draws) reproducibly, on two
/// threads when it is large. Below `parallelDraws` case draws the single stream of `seed` does
/// all the work, exactly as the reference implementations do; above it the repetitions are split
/// in two halves, each with its own stream derived from `seed`, so a 10,000-case comparison
/// takes half the time and still gives the same numbers on every run.
package enum SeededWork {
    /// Case draws (cases x repetitions) from which the work is split over two threads.
    package static let parallelDraws = 20_000_000

    /// Runs `body(repetitions, generator)` once, or twice on halves of the repetitions, and
    /// returns the results in stream order.
    static func run<Part: Sendable>(
        repetitions: Int, cases: Int, seed: UInt64,
        _ body: @Sendable (Int, inout SeededGenerator) -> Part
    ) -> [Part] {
        guard cases * repetitions >= parallelDraws, repetitions >= 2 else {
            var generator = SeededGenerator(seed: seed)
            return [body(repetitions, &generator)]
        }
        let halves = [repetitions / 2, repetitions - repetitions / 2]
        let parts = Locked<[Part?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            var generator = SeededGenerator(seed: SeededGenerator.seed(seed, stream: UInt64(part + 1)))
            let result = body(halves[part], &generator)
            parts.withLock { $0[part] = result }
        }
        return parts.withLock { $0.compactMap { $0 } }
    }
}
