/// A seeded Monte Carlo study of the gate itself: it simulates baseline and candidate runs with
/// known true per-case pass probabilities and counts how often the gate's pass-rate rule
/// (`SignificanceDecision` then `DropRule`, as `Gate` applies them) fails, giving the false-fail
/// rate (no true drop) and the detection rate (a true drop).
public enum GateSimulation: Sendable {
    /// What to simulate; defaults: 60 cases, 500 comparisons per cell, the default case mix,
    /// diffuse change, alpha 0.05, the default gate's 5-point maximum drop, 2,000 bootstrap
    /// resamples and permutation draws per comparison (the gate uses 10,000; 2,000 moves
    /// p-values near 0.05 by about +/-0.005, negligible for these rates, and keeps the
    /// simulation fast in debug builds).
    public struct Configuration: Sendable, Equatable, Hashable {
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
        /// Significance level of the simulated gate.
        public var alpha: Double
        /// The gate's tolerated pass-rate drop, as a fraction (0.05 = 5 points).
        public var maximumDrop: Double
        /// Bootstrap resamples and permutation draws per simulated comparison (k > 1).
        public var resamples: Int

        /// Creates a configuration; see the type's documentation for the defaults.
        public init(
            cases: Int = 60, simulations: Int = 500, seed: UInt64 = 20_260_101,
            mix: SimulatedCaseMix = SimulatedCaseMix(), changeModel: ChangeModel = .diffuse,
            alpha: Double = 0.05, maximumDrop: Double = GatePolicy().maxPassRateDrop, resamples: Int = 2_000
        ) {
            self.cases = cases
            self.simulations = simulations
            self.seed = seed
            self.mix = mix
            self.changeModel = changeModel
            self.alpha = alpha
            self.maximumDrop = maximumDrop
            self.resamples = resamples
        }
    }

    /// One cell of the study: how often the gate failed for a given true drop and repeat count.
    public struct Cell: Sendable, Equatable, Hashable {
        /// True drop in expected pass rate, in points (0 = no real change).
        public let dropPoints: Double
        /// Runs per case on each side (k).
        public let repeats: Int
        /// Simulated comparisons in which the gate reported a significant drop.
        public let failures: Int
        /// Simulated comparisons.
        public let simulations: Int

        /// Share of comparisons the gate failed: the false-fail rate when `dropPoints` is 0,
        /// otherwise the detection rate (power).
        public var failRate: Double { Double(failures) / Double(max(1, simulations)) }
    }

    /// Simulates one cell. Each cell has its own seed derived from the configuration seed, k and
    /// the drop, so a cell's result does not depend on which other cells are run.
    public static func cell(
        dropPoints: Double, repeats: Int, configuration: Configuration = Configuration()
    ) throws(StatisticsError) -> Cell {
        guard repeats > 0 else { throw .invalidCount(what: "Repeats per case", value: repeats) }
        guard configuration.cases > 0 else { throw .invalidCount(what: "Cases", value: configuration.cases) }
        let stream = (UInt64(repeats) << 32) ^ UInt64(truncatingIfNeeded: Int64((dropPoints * 1_000).rounded()))
        var generator = SeededGenerator(seed: SeededGenerator.seed(configuration.seed, stream: stream))
        var failures = 0
        for _ in 0..<configuration.simulations {
            let truth = configuration.mix.draw(count: configuration.cases, using: &generator)
            let changed = configuration.changeModel.apply(
                truth, changePoints: -dropPoints, mix: configuration.mix, using: &generator)
            let baseline = outcomes(truth, repeats: repeats, using: &generator)
            let candidate = outcomes(changed, repeats: repeats, using: &generator)
            let decision = SignificanceDecision(
                alpha: configuration.alpha,
                bootstrap: PairedBootstrap(resamples: configuration.resamples, seed: generator.next()),
                permutation: StratifiedPermutationTest(draws: configuration.resamples, seed: generator.next()))
            let result = try decision.decide(baseline: baseline, candidate: candidate)
            if DropRule(result, maximumDrop: configuration.maximumDrop * 100).fails {
                failures += 1
            }
        }
        return Cell(dropPoints: dropPoints, repeats: repeats, failures: failures, simulations: configuration.simulations)
    }

    /// Simulates every (drop, k) combination, drops varying slowest. Cells run as parallel child
    /// tasks; results do not depend on scheduling because every cell has its own seed.
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

    /// The "true drop (points) x detection rate" table as Markdown, for tests and the benchmark command.
    public static func table(
        drops: [Double] = [0, 2, 5, 10, 15, 20], repeats: [Int] = [1, 3],
        configuration: Configuration = Configuration()
    ) async throws -> String {
        format(try await cells(drops: drops, repeats: repeats, configuration: configuration), configuration: configuration)
    }

    /// Formats already simulated cells (from `cells`) as the Markdown table.
    public static func format(_ cells: [Cell], configuration: Configuration) -> String {
        var drops: [Double] = []
        var repeats: [Int] = []
        for cell in cells {
            if !drops.contains(cell.dropPoints) { drops.append(cell.dropPoints) }
            if !repeats.contains(cell.repeats) { repeats.append(cell.repeats) }
        }
        let alpha = SignificanceExplanation.compact(configuration.alpha)
        let maximum = SignificanceExplanation.compact(configuration.maximumDrop * 100)
        let title: String = "Gate fail rate by true drop in pass rate: \(configuration.cases) cases, "
            + "\(configuration.simulations) simulated comparisons per cell, "
            + "\(configuration.changeModel.rawValue) change, alpha = \(alpha), maximum drop \(maximum) points, "
            + "seed \(configuration.seed)."
        let headers: [String] = repeats.map { k -> String in
            let method: String = k == 1 ? "McNemar" : "stratified permutation"
            return "k=\(k) (\(method))"
        }
        let rule: String = "|---:|" + repeats.map { _ -> String in "---:" }.joined(separator: "|") + "|"
        var lines: [String] = [title, "Row 0 is the false-fail rate; other rows are detection rates.", ""]
        lines.append("| true drop (points) | " + headers.joined(separator: " | ") + " |")
        lines.append(rule)
        for drop in drops {
            let rates = repeats.map { k -> String in
                guard let cell = cells.first(where: { $0.dropPoints == drop && $0.repeats == k }) else { return "-" }
                return SignificanceExplanation.number(cell.failRate * 100, 1) + "%"
            }
            lines.append("| \(SignificanceExplanation.compact(drop)) | " + rates.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    private static func outcomes(
        _ probabilities: [Double], repeats: Int, using generator: inout SeededGenerator
    ) -> [[Bool]] {
        probabilities.map { probability in
            (0..<repeats).map { _ in generator.nextUnitDouble() < probability }
        }
    }
}
