import Foundation
import Testing

@Suite struct CLIUsageTests {
    @Test func helpStatesTheExitCodeContract() async throws {
        let result = try await CLIRunner.run(["--help"], in: CLIRunner.packageRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit codes: 0 ok, 1 gate failed"))
    }

    @Test func usageErrorsExitTwo() async throws {
        let result = try await CLIRunner.run(["run", "bad@@ref"], in: CLIRunner.packageRoot)
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a prompt reference"))
        let unknown = try await CLIRunner.run(["frobnicate"], in: CLIRunner.packageRoot)
        #expect(unknown.status == 2)
        // Every command that calls a model takes the same caps, checked before anything runs.
        for command in [["run", "p"], ["compare", "p"], ["gate", "p"], ["ci"]] {
            let zero = try await CLIRunner.run(command + ["--max-cost", "0"], in: CLIRunner.packageRoot)
            #expect(zero.status == 2 && zero.stderr.contains("--max-cost must be a positive number"), "\(command)")
        }
    }

    @Test func unknownPromptExitsTwoAndWritesNothing() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try await CLIRunner.run(["run", "no-such-prompt"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown prompt `no-such-prompt`"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".promptgate").path))
    }
}

@Suite struct UnexpectedErrorExitTests {
    /// A failure nobody classified, met after the run is stored (here: the report's path is a
    /// folder), is "could not complete" (3), not "bad input, nothing written" (2).
    @Test func anUnclassifiedErrorAfterWorkStartedExitsThree() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let blocker = dir.appendingPathComponent("reports/extract-ticket/v1.md")
        try? FileManager.default.removeItem(at: blocker)
        try FileManager.default.createDirectory(
            at: blocker.appendingPathComponent("occupied"), withIntermediateDirectories: true)
        let result = try await CLIRunner.run(["run", "extract-ticket@v1"], in: dir)
        #expect(result.status == 3, "stderr: \(result.stderr)")
        #expect(
            FileManager.default.fileExists(atPath: dir.appendingPathComponent(".promptgate/promptgate.sqlite").path))
    }
}
