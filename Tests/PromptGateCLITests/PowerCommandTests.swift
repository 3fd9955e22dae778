import Foundation
import Testing

/// `promptgate power`: the detectable drop for a test set, the cases a drop needs, bad input exits 2.
@Suite struct PowerCommandTests {
    @Test func saysWhatATestSetCanDetectAndWhatADropNeeds() async throws {
        let detect = try await CLIRunner.run(["power", "--cases", "60", "--repeats", "3"], in: CLIRunner.packageRoot)
        #expect(detect.status == 0)
        #expect(detect.stdout.contains("60 cases x 3 repeats (pass rate 85%, rho 0): the gate detects a drop of"))
        #expect(detect.stdout.contains("a drop confined to a few cases needs at least 5 of them to break"))
        let strict = try await CLIRunner.run(
            ["power", "--cases", "60", "--alpha", "0.0125"], in: CLIRunner.packageRoot)  // pass rate: 0.01
        #expect(strict.stdout.contains("needs at least 7 of them to break"), "\(strict.stdout)")
        let need = try await CLIRunner.run(["power", "--drop", "10"], in: CLIRunner.packageRoot)
        #expect(need.status == 0)
        #expect(need.stdout.contains("k=3: rho 0.0: "))
    }

    @Test func badInputExitsTwo() async throws {
        let none = try await CLIRunner.run(["power"], in: CLIRunner.packageRoot)
        #expect(none.status == 2 && none.stderr.contains("--cases N or --drop POINTS"))
        let rate = try await CLIRunner.run(["power", "--cases", "60", "--pass-rate", "1.5"], in: CLIRunner.packageRoot)
        #expect(rate.status == 2)
    }
}
