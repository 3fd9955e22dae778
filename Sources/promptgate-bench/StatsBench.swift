import Foundation
import PromptGate
import PromptGateBenchSupport

/// `promptgate-bench stats`: the gate simulation tables for docs/statistics.md (false fails with
/// no true change, detection of a 10-point drop, for every case mix, correlation, N and k) and the
/// cases needed to detect a drop.
enum StatsBench {
    static let mixes = SimulatedCaseMix.Shape.allCases
    static let correlations = [0.0, 0.5, 0.8]
    /// The seed of the published tables (docs/statistics.md).
    static let defaultSeed = GateSimulation.Configuration().seed
    static let sizes = [
        (cases: 60, repeats: 1), (cases: 60, repeats: 3), (cases: 200, repeats: 1), (cases: 200, repeats: 3),
    ]

    static func run(trials: Int, seed: UInt64) async throws -> String {
        var lines: [String] = []
        let header =
            "| case mix | rho | " + sizes.map { "N=\($0.cases), k=\($0.repeats)" }.joined(separator: " | ") + " |"
        let rule = "|---|---:|" + sizes.map { _ in "---:" }.joined(separator: "|") + "|"
        lines.append(
            "No true change: FAIL rate (Wilson 95% interval) and WARN rate, \(trials) simulated comparisons per cell (seed \(seed)), alpha = 0.05, default gate policy (pass-rate and mean-score rules)."
        )
        lines.append("")
        lines.append(header)
        lines.append(rule)
        for mix in mixes {
            for rho in correlations {
                let cells = try await row(mix: mix, change: .diffuse, rho: rho, drop: 0, trials: trials, seed: seed)
                let texts = cells.map {
                    GateSimulation.rateText($0) + ", warn " + String(format: "%.1f%%", $0.warnRate * 100)
                }
                lines.append("| \(mix.rawValue) | \(rho) | " + texts.joined(separator: " | ") + " |")
            }
        }
        lines.append("")
        lines.append(
            "True drop of 10 points: detection (FAIL) rate (Wilson 95% interval), \(trials) simulated comparisons per cell."
        )
        lines.append("")
        lines.append(
            "| case mix | change | rho | " + sizes.map { "N=\($0.cases), k=\($0.repeats)" }.joined(separator: " | ")
                + " |")
        lines.append("|---|---|---:|" + sizes.map { _ in "---:" }.joined(separator: "|") + "|")
        for mix in mixes {
            for change in ChangeModel.allCases {
                for rho in correlations {
                    let cells = try await row(mix: mix, change: change, rho: rho, drop: 10, trials: trials, seed: seed)
                    lines.append(
                        "| \(mix.rawValue) | \(change.rawValue) | \(rho) | "
                            + cells.map(GateSimulation.rateText).joined(separator: " | ") + " |")
                }
            }
        }
        lines.append("")
        lines.append(powerTable())
        return lines.joined(separator: "\n")
    }

    private static func row(
        mix: SimulatedCaseMix.Shape, change: ChangeModel, rho: Double, drop: Double, trials: Int, seed: UInt64
    ) async throws -> [GateSimulation.Cell] {
        try await withThrowingTaskGroup(of: (Int, GateSimulation.Cell).self) { group in
            for (position, size) in sizes.enumerated() {
                let configuration = GateSimulation.Configuration(
                    cases: size.cases, simulations: trials, seed: seed, mix: SimulatedCaseMix(shape: mix),
                    changeModel: change, correlation: rho)
                group.addTask {
                    (
                        position,
                        try GateSimulation.cell(dropPoints: drop, repeats: size.repeats, configuration: configuration)
                    )
                }
            }
            var cells = [GateSimulation.Cell?](repeating: nil, count: sizes.count)
            for try await (position, cell) in group { cells[position] = cell }
            return cells.compactMap { $0 }
        }
    }

    /// Cases needed to detect a drop 80% of the time at the alpha the default gate spends on the
    /// pass rate (`PowerAnalysis`, as `promptgate power` prints it).
    static func powerTable() -> String {
        let alpha = GatePolicy().alpha * GateStatistics.passRateShare
        let analysis = PowerAnalysis(alpha: alpha)
        var lines = [
            String(
                format:
                    "Cases needed to detect a pass-rate drop 80%% of the time (pass-rate alpha = %g, baseline pass rate 85%%; rho = how alike a case's repeats are).",
                alpha), "",
        ]
        let columns = [(1, 0.0), (3, 0.0), (3, 0.5), (3, 1.0), (5, 0.0), (5, 0.5)]
        lines.append("| drop (points) | " + columns.map { "k=\($0.0), rho=\($0.1)" }.joined(separator: " | ") + " |")
        lines.append("|---:|" + columns.map { _ in "---:" }.joined(separator: "|") + "|")
        for drop in [2.0, 5.0, 10.0, 15.0] {
            let needed = columns.map {
                String(analysis.casesNeeded(drop: drop / 100, repeats: $0.0, passRate: 0.85, correlation: $0.1))
            }
            lines.append("| \(Int(drop)) | " + needed.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
