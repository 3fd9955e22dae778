import Foundation
import PromptGate

/// A seeded Monte Carlo study of the gate itself: it simulates baseline and candidate runs with
/// known true per-case pass probabilities and runs the gate's complete statistical part
/// (`GateStatistics`: the pass-rate rule and the mean-score rule under one alpha) on each, counting
/// FAIL and WARN: the false-fail rate when nothing changed, the detection rate for a true drop.
///
/// Repeats can be correlated: for each case and version, with probability `correlation` every
/// repeat shares one outcome (a model at low temperature repeating itself), otherwise the repeats
/// are independent. Scores: a passing repeat scores uniformly in 0.9...1, a failing one in 0.3...0.8.
public enum GateSimulation: Sendable {
    /// What to simulate; defaults: 60 cases, 1,000 comparisons per cell, the default case mix,
    /// diffuse change, independent repeats, the default gate policy, 1,000 bootstrap resamples for
    /// the mean score (the gate uses 10,000; the mean-score rule rarely decides, so fewer keep the
    /// simulation affordable).
    public struct Configuration: Sendable, Equatable {
        /// Cases per simulated comparison.
        public var cases: Int
        /// Simulated comparisons per cell.
        public var simulations: Int
        /// Master seed; each cell derives its own.
        public var seed: UInt64
        /// Population the cases are drawn from.
        public var mix: SimulatedCaseMix
        /// How a true drop is spread over the cases.
        public var changeModel: ChangeModel
        /// Probability that a case's repeats in one version share one outcome.
        public var correlation: Double
        /// The gate policy whose statistical rules are simulated.
        public var policy: GatePolicy
        /// Bootstrap resamples for the mean-score rule.
        public var resamples: Int

        /// Creates a configuration; see the type's documentation for the defaults.
        public init(
            cases: Int = 60, simulations: Int = 1_000, seed: UInt64 = 20_260_101,
            mix: SimulatedCaseMix = SimulatedCaseMix(), changeModel: ChangeModel = .diffuse,
            correlation: Double = 0, policy: GatePolicy = GatePolicy(), resamples: Int = 1_000
        ) {
            self.cases = cases
            self.simulations = simulations
            self.seed = seed
            self.mix = mix
            self.changeModel = changeModel
            self.correlation = correlation
            self.policy = policy
            self.resamples = resamples
        }
    }

    /// One cell of the study: how often the gate failed (and warned) for a true drop and k.
    public struct Cell: Sendable, Equatable, Hashable {
        /// True drop in expected pass rate, in points (0 = no real change).
        public let dropPoints: Double
        /// Runs per case on each side (k).
        public let repeats: Int
        /// Simulated comparisons the gate failed.
        public let failures: Int
        /// Simulated comparisons the gate warned on (and did not fail).
        public let warnings: Int
        /// Simulated comparisons.
        public let simulations: Int

        /// Share of comparisons the gate failed: the false-fail rate when `dropPoints` is 0,
        /// otherwise the detection rate (power).
        public var failRate: Double { Double(failures) / Double(max(1, simulations)) }
        /// Share of comparisons the gate warned on.
        public var warnRate: Double { Double(warnings) / Double(max(1, simulations)) }
        /// Wilson 95% interval of `failRate`.
        public var failInterval: ConfidenceInterval? {
            try? ConfidenceInterval.wilson(successes: failures, trials: max(1, simulations), confidence: 0.95)
        }
    }

    /// Simulates one cell. Each cell has its own seed derived from the configuration seed, k, the
    /// drop and the correlation, so a cell's result does not depend on which other cells are run.
    public static func cell(
        dropPoints: Double, repeats: Int, configuration: Configuration = Configuration()
    ) throws(StatisticsError) -> Cell {
        guard repeats > 0 else { throw .invalidCount(what: "Repeats per case", value: repeats) }
        guard configuration.cases > 0 else { throw .invalidCount(what: "Cases", value: configuration.cases) }
        let stream =
            (UInt64(repeats) << 32) ^ UInt64(truncatingIfNeeded: Int64((dropPoints * 1_000).rounded()))
            ^ (UInt64((configuration.correlation * 1_000).rounded()) << 48)
        var generator = SeededGenerator(seed: SeededGenerator.seed(configuration.seed, stream: stream))
        var failures = 0, warnings = 0
        for _ in 0..<configuration.simulations {
            let truth = configuration.mix.draw(count: configuration.cases, using: &generator)
            let changed = configuration.changeModel.apply(
                truth, changePoints: -dropPoints, mix: configuration.mix, using: &generator)
            var items: [PairedOutcomes.Item] = []
            items.reserveCapacity(truth.count)
            for index in truth.indices {
                let base = side(
                    truth[index], repeats: repeats, correlation: configuration.correlation, using: &generator)
                let cand = side(
                    changed[index], repeats: repeats, correlation: configuration.correlation, using: &generator)
                items.append(
                    PairedOutcomes.Item(
                        caseID: String(index),
                        counts: SignFlipTest.Case(
                            baselinePasses: base.passes, baselineRuns: repeats, candidatePasses: cand.passes,
                            candidateRuns: repeats),
                        baselineScore: base.score, candidateScore: cand.score))
            }
            let outcome = GateStatistics.evaluate(
                PairedOutcomes(items: items), policy: configuration.policy, resamples: configuration.resamples,
                seed: generator.next())
            if outcome.rules.contains(where: { $0.outcome == .fail }) {
                failures += 1
            } else if outcome.rules.contains(where: { $0.outcome == .warn }) {
                warnings += 1
            }
        }
        return Cell(
            dropPoints: dropPoints, repeats: repeats, failures: failures, warnings: warnings,
            simulations: configuration.simulations)
    }

    /// Simulates every (drop, k) combination, drops varying slowest, as parallel child tasks;
    /// results do not depend on scheduling because every cell has its own seed.
    public static func cells(
        drops: [Double], repeats: [Int], configuration: Configuration = Configuration()
    ) async throws -> [Cell] {
        let jobs = drops.flatMap { drop in repeats.map { (drop: drop, repeats: $0) } }
        return try await withThrowingTaskGroup(of: (Int, Cell).self) { group in
            for (position, job) in jobs.enumerated() {
                group.addTask {
                    (position, try cell(dropPoints: job.drop, repeats: job.repeats, configuration: configuration))
                }
            }
            var results = [Cell?](repeating: nil, count: jobs.count)
            for try await (position, cell) in group {
                results[position] = cell
            }
            return results.compactMap { $0 }
        }
    }

    /// A rate with its Wilson 95% interval, e.g. "4.1% (3.0–5.5)".
    public static func rateText(_ cell: Cell) -> String {
        let rate = SignificanceExplanation.number(cell.failRate * 100, 1) + "%"
        guard let interval = cell.failInterval else { return rate }
        return rate + " (" + SignificanceExplanation.number(interval.lower * 100, 1) + "–"
            + SignificanceExplanation.number(interval.upper * 100, 1) + ")"
    }

    /// One case on one side: its pass count over the repeats and its mean score.
    private static func side(
        _ probability: Double, repeats: Int, correlation: Double, using generator: inout SeededGenerator
    ) -> (passes: Int, score: Double) {
        var passes = 0, total = 0.0
        let shared = correlation > 0 && generator.nextUnitDouble() < correlation
        let sharedOutcome = generator.nextUnitDouble() < probability
        for _ in 0..<repeats {
            let passed = shared ? sharedOutcome : generator.nextUnitDouble() < probability
            if passed { passes += 1 }
            let u = generator.nextUnitDouble()
            total += passed ? 0.9 + 0.1 * u : 0.3 + 0.5 * u
        }
        return (passes, total / Double(repeats))
    }
}
