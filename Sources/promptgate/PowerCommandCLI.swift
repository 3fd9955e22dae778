import ArgumentParser
import Foundation
import PromptGate

/// `promptgate power`: how large a pass-rate drop a test set can detect, and how many cases or
/// repeats a given drop needs (`PowerAnalysis`, at the alpha the gate spends on the pass rate).
struct PowerCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "power",
        abstract: "How large a pass-rate drop the gate detects, or how many cases a drop needs.",
        discussion:
            "With --cases: the drop the gate detects 80% of the time. With --drop: the cases needed for 1, 3 and 5 repeats. rho is how alike a case's repeats are (0 independent, 1 always the same). Exits 2 on bad input."
    )

    @Option(help: "Cases in the test set.")
    var cases: Int?

    @Option(help: "The pass-rate drop to detect, in points (e.g. 5).")
    var drop: Double?

    @Option(help: "Repeats per case (with --cases).")
    var repeats = 1

    @Option(name: .customLong("pass-rate"), help: "Baseline pass rate, 0...1.")
    var passRate = 0.85

    @Option(help: "How alike a case's repeats are, 0...1.")
    var rho = 0.0

    @Option(help: "The gate's alpha (the pass rate spends 4/5 of it).")
    var alpha = 0.05

    @Option(help: "Probability of detecting the drop.")
    var power = 0.8

    func validate() throws {
        guard cases != nil || drop != nil else { throw ValidationError("give --cases N or --drop POINTS") }
        if let cases, cases <= 0 { throw ValidationError("--cases must be positive") }
        if let drop, !(drop > 0 && drop <= 100) { throw ValidationError("--drop must be in (0, 100] points") }
        guard repeats > 0 else { throw ValidationError("--repeats must be positive") }
        guard (0...1).contains(passRate), (0...1).contains(rho) else {
            throw ValidationError("--pass-rate and --rho must be in 0...1")
        }
        guard alpha > 0, alpha < 0.5, power > 0, power < 1 else {
            throw ValidationError("--alpha must be in (0, 0.5) and --power in (0, 1)")
        }
    }

    func run() async throws {
        let analysis = PowerAnalysis(alpha: alpha * GateStatistics.passRateShare, power: power)
        let percent = String(format: "%g%%", power * 100)
        if let cases {
            let mdd = analysis.minimumDetectableDrop(
                cases: cases, repeats: repeats, passRate: passRate, correlation: rho)
            print(
                String(
                    format:
                        "%d cases x %d repeats (pass rate %.0f%%, rho %g): the gate detects a drop of %.1f points %@ of the time",
                    cases, repeats, passRate * 100, rho, mdd * 100, percent))
            print(
                "a drop confined to a few cases needs at least \(analysis.fewestDecisiveCases) of them to break, however many cases there are (tag a case `critical` to gate on it alone)"
            )
        }
        if let drop {
            print(
                String(
                    format: "cases needed to detect a %g-point drop %@ of the time (pass rate %.0f%%):", drop, percent,
                    passRate * 100))
            for k in [1, 3, 5] {
                let counts = [0.0, 0.5, 1.0].map {
                    "rho \($0): \(analysis.casesNeeded(drop: drop / 100, repeats: k, passRate: passRate, correlation: $0))"
                }
                print("  k=\(k): " + counts.joined(separator: ", "))
            }
        }
    }
}
