import PromptGate
import Testing

/// How often the gate fails on simulated comparisons with a known truth.
///
/// Model (see `SimulatedCaseMix` and `ChangeModel`): each simulated comparison draws 60 fresh cases,
/// 70% near-deterministic passes (p = 0.97), 10% near-deterministic failures (p = 0.03) and 20%
/// noisy cases (p uniform in 0.3...0.7); baseline and candidate each run every case k times
/// (independent Bernoulli draws). A true drop of d points lowers every case's pass probability
/// by the same amount (clamped at 0) so the expected pass rate falls by exactly d ("diffuse").
/// 500 comparisons per cell, so a rate near 5% has a Monte Carlo SE of about 1 point and one
/// near 85% about 1.6 points. Everything is seeded: the numbers are the same on every run.
@Suite("Gate simulation")
struct GateSimulationTests {
    static let configuration = GateSimulation.Configuration()
    static let drops: [Double] = [0, 2, 5, 10, 15, 20]
    static let repeats = [1, 3]

    /// Simulates the table once (about 5 s of CPU in a debug build, spread over the cores) and
    /// shares it with every test below without blocking test threads.
    actor SharedRun {
        static let shared = SharedRun()
        private var run: Task<[GateSimulation.Cell], any Error>?

        func cells() async throws -> [GateSimulation.Cell] {
            if let run { return try await run.value }
            let newRun = Task {
                try await GateSimulation.cells(drops: drops, repeats: repeats, configuration: configuration)
            }
            run = newRun
            return try await newRun.value
        }
    }

    static func rate(drop: Double, k: Int) async throws -> Double {
        let cells = try await SharedRun.shared.cells()
        let cell = try #require(cells.first { $0.dropPoints == drop && $0.repeats == k })
        return cell.failRate
    }

    @Test func printsDetectionTable() async throws {
        let table = GateSimulation.format(try await SharedRun.shared.cells(), configuration: Self.configuration)
        print(table)
        #expect(table.contains("| true drop (points) | k=1 (McNemar) | k=3 (bootstrap) |"))
        #expect(table.split(separator: "\n", omittingEmptySubsequences: false).count == 5 + Self.drops.count)
    }

    @Test("no true change: false-fail rate <= 5%", arguments: [1, 3])
    func falseFailRateIsAtMostFivePercent(k: Int) async throws {
        // The gate only fails on drops, so a two-sided alpha of 0.05 spends about 2.5% on false fails.
        #expect(try await Self.rate(drop: 0, k: k) <= 0.05)
    }

    /// The requirement "a 10-point drop at 60 cases and k = 3 is detected >= 90% of the time" does
    /// not hold for this test at alpha = 0.05 under this case model: detection is about 83-84%
    /// (82.6% here; 84.2% with 2,000 comparisons), and about 67% when the drop is concentrated in
    /// a few broken cases. Reaching 90% needs about 80 cases at k = 3, or k = 5, or alpha = 0.10
    /// (false-fail rate about 5%). Recorded as a known issue so this test fails loudly, "known
    /// issue not recorded", if a change to the test or the model ever makes the claim true.
    @Test func tenPointDropDetectionAtSixtyCasesWithThreeRepeats() async throws {
        let detection = try await Self.rate(drop: 10, k: 3)
        withKnownIssue("Detection of a 10-point drop at 60 cases, k = 3 is ~83%, not >= 90% (see doc comment)") {
            #expect(detection >= 0.90)
        }
        #expect(detection >= 0.75)
    }

    @Test func fifteenPointDropIsDetectedAtLeastNinetyPercentWithThreeRepeats() async throws {
        #expect(try await Self.rate(drop: 15, k: 3) >= 0.90)
    }

    @Test func tenPointDropIsDetectedAtLeastNinetyPercentWithEightyCases() throws {
        var configuration = Self.configuration
        configuration.cases = 80
        let cell = try GateSimulation.cell(dropPoints: 10, repeats: 3, configuration: configuration)
        #expect(cell.failRate >= 0.90, "detection \(cell.failRate)")
    }

    @Test("detection grows with the size of the drop", arguments: [1, 3])
    func detectionGrowsWithDrop(k: Int) async throws {
        var rates: [Double] = []
        for drop in Self.drops { rates.append(try await Self.rate(drop: drop, k: k)) }
        for (smaller, larger) in zip(rates, rates.dropFirst()) {
            #expect(larger >= smaller - 0.02, "\(rates)")
        }
        #expect(rates[rates.count - 1] > rates[0] + 0.5)
    }

    @Test func sameSeedSameCell() throws {
        var configuration = Self.configuration
        configuration.simulations = 40
        let first = try GateSimulation.cell(dropPoints: 5, repeats: 3, configuration: configuration)
        let second = try GateSimulation.cell(dropPoints: 5, repeats: 3, configuration: configuration)
        #expect(first == second)
    }

    @Test(arguments: ChangeModel.allCases)
    func changeModelsMoveTheMeanByExactlyTheDrop(model: ChangeModel) throws {
        var generator = SeededGenerator(seed: 11)
        let mix = SimulatedCaseMix()
        for _ in 0..<20 {
            let truth = mix.draw(count: 60, using: &generator)
            let changed = model.apply(truth, changePoints: -10, mix: mix, using: &generator)
            let drop = try Descriptive.mean(truth) - Descriptive.mean(changed)
            #expect(abs(drop - 0.10) < 1e-9)
            #expect(changed.allSatisfy { (0...1).contains($0) })
        }
    }
}
