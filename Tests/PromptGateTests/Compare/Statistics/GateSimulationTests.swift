import PromptGate
import PromptGateBenchSupport
import Testing

/// The gate's statistical rules (pass rate and mean score under one alpha, `GateStatistics`) on
/// simulated comparisons with a known truth, kept small so the suite stays fast: 300 comparisons
/// per cell (a rate near 5% then has a Monte Carlo SE of about 1.3 points). The full table, 1,000
/// comparisons per cell over every case mix and correlation, is `promptgate-bench stats`
/// (docs/statistics.md).
@Suite("Gate simulation")
struct GateSimulationTests {
    static func configuration(
        mix: SimulatedCaseMix.Shape = .stableMajority, correlation: Double = 0
    ) -> GateSimulation.Configuration {
        GateSimulation.Configuration(
            simulations: 300, mix: SimulatedCaseMix(shape: mix), correlation: correlation, resamples: 200)
    }

    /// Repeats that are copies of each other (rho = 0.8) used to fail unchanged prompts 15-22% of
    /// the time; at the level of the case the false-fail rate stays within alpha.
    @Test("no true change: FAIL rate within alpha", arguments: [0.0, 0.8])
    func falseFailRateStaysWithinAlpha(correlation: Double) throws {
        let cell = try GateSimulation.cell(
            dropPoints: 0, repeats: 3, configuration: Self.configuration(mix: .uShaped, correlation: correlation))
        #expect(cell.failRate <= 0.065, "false-fail rate \(cell.failRate)")
    }

    @Test func tenPointDropIsDetectedAtSixtyCasesWithThreeRepeats() throws {
        let cell = try GateSimulation.cell(dropPoints: 10, repeats: 3, configuration: Self.configuration())
        #expect(cell.failRate >= 0.80, "detection \(cell.failRate)")
    }

    @Test func sameSeedSameCell() throws {
        var configuration = Self.configuration()
        configuration.simulations = 40
        let first = try GateSimulation.cell(dropPoints: 5, repeats: 3, configuration: configuration)
        let second = try GateSimulation.cell(dropPoints: 5, repeats: 3, configuration: configuration)
        #expect(first == second)
        #expect(GateSimulation.rateText(first).contains("%"))
    }

    @Test(arguments: ChangeModel.allCases)
    func changeModelsMoveTheMeanByExactlyTheDrop(model: ChangeModel) throws {
        var generator = SeededGenerator(seed: 11)
        for shape in SimulatedCaseMix.Shape.allCases {
            let mix = SimulatedCaseMix(shape: shape)
            for _ in 0..<20 {
                let truth = mix.draw(count: 60, using: &generator)
                let changed = model.apply(truth, changePoints: -10, mix: mix, using: &generator)
                let drop = try Descriptive.mean(truth) - Descriptive.mean(changed)
                #expect(abs(drop - 0.10) < 1e-9)
                #expect(changed.allSatisfy { (0...1).contains($0) })
            }
        }
    }
}
