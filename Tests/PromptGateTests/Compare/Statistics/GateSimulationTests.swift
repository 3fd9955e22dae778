import PromptGate
import Testing

/// How often the gate's pass-rate rule (significance, then the noise-aware maximum drop of 5
/// points, exactly as `Gate` applies them) fails on simulated comparisons with a known truth.
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
        #expect(table.contains("| true drop (points) | k=1 (McNemar) | k=3 (stratified permutation) |"))
        #expect(table.split(separator: "\n", omittingEmptySubsequences: false).count == 5 + Self.drops.count)
    }

    @Test("no true change: false-fail rate <= 5%", arguments: [1, 3])
    func falseFailRateIsAtMostFivePercent(k: Int) async throws {
        // The gate only fails on drops, so a two-sided alpha of 0.05 spends about 2.5% on false fails.
        #expect(try await Self.rate(drop: 0, k: k) <= 0.05)
    }

    /// With the stratified permutation test and the noise-aware drop rule, a 10-point drop at
    /// 60 cases and k = 3 is detected about 92% of the time (92.5% with 4,000 comparisons,
    /// seed 99; 91.2% in this 500-comparison table); about 90% when the drop is concentrated in a
    /// few broken cases.
    @Test func tenPointDropIsDetectedAtLeastNinetyPercentAtSixtyCasesWithThreeRepeats() async throws {
        #expect(try await Self.rate(drop: 10, k: 3) >= 0.90)
    }

    @Test func fifteenPointDropIsDetectedAtLeastNinetyPercentWithThreeRepeats() async throws {
        #expect(try await Self.rate(drop: 15, k: 3) >= 0.90)
    }

    /// The same drop concentrated in a few broken cases (about 90% with 4,000 comparisons).
    @Test func concentratedTenPointDropIsDetectedAtSixtyCasesWithThreeRepeats() throws {
        var configuration = Self.configuration
        configuration.changeModel = .concentrated
        let cell = try GateSimulation.cell(dropPoints: 10, repeats: 3, configuration: configuration)
        #expect(cell.failRate >= 0.85, "detection \(cell.failRate)")
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
