import Foundation
import PromptGate
import Testing

/// `run --dry-run` on the bundled example: counted per case, so a million repeats answer at once
/// (with the reason `run` would refuse them), while `run` itself still refuses them.
@Suite struct DryRunCLITests {
    @Test func aMillionRepeatsAreEstimatedAndARealRunIsRefused() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let one = try await CLIRunner.run(["run", "extract-ticket", "--dry-run"], in: dir)
        #expect(one.status == 0)
        #expect(one.stdout.contains("planned calls:    64\n"))
        #expect(!one.stdout.contains("would refuse"))
        let start = Date()
        let million = try await CLIRunner.run(["run", "extract-ticket", "--dry-run", "--repeats", "1000000"], in: dir)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(million.status == 0, "stderr: \(million.stderr)")
        #expect(million.stdout.contains("planned calls:    64000000\n"))
        #expect(
            million.stdout.contains(
                "`run` would refuse this plan: 1000000 repeats is outside the allowed range 1 to 1000"))
        let real = try await CLIRunner.run(["run", "extract-ticket", "--repeats", "1000000"], in: dir)
        #expect(real.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".promptgate").path))
    }

    /// `gate --dry-run` and `compare --dry-run` say which runs they would use or make and what those
    /// would cost, and call and store nothing.
    @Test func gateAndCompareSayWhatTheyWouldRunAndStoreNothing() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = dir.appendingPathComponent(".promptgate")
        let fresh = try await CLIRunner.run(["gate", "extract-ticket", "--dry-run"], in: dir)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stdout.contains("dry run of gate extract-ticket@v3 against v2 (the version before v3)"))
        #expect(fresh.stdout.contains("extract-ticket@v2: would run (no stored run)\n  planned calls:    64\n"))
        #expect(fresh.stdout.contains("extract-ticket@v3: would run (no stored run)"))
        #expect(!FileManager.default.fileExists(atPath: database.path))

        let stored = try await CLIRunner.run(["run", "extract-ticket@v2"], in: dir)
        #expect(stored.status == 0, "\(stored.stderr)")
        let store = try ResultStore(path: database.appendingPathComponent("promptgate.sqlite").path)
        let runs = try store.runs(prompt: "extract-ticket").count
        // Reports are reproducible, so a rewritten one would read the same: remove any copy of the
        // ones a real compare writes, and check that the dry run wrote neither.
        let reports = ["v3-vs-v2.md", "v3.md"].map { dir.appendingPathComponent("reports/extract-ticket/\($0)") }
        for report in reports { try? FileManager.default.removeItem(at: report) }
        let compare = try await CLIRunner.run(["compare", "extract-ticket", "--dry-run"], in: dir)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("extract-ticket@v2: stored run #1 would be used"), "\(compare.stdout)")
        #expect(compare.stdout.contains("extract-ticket@v3: would run (no stored run)"))
        #expect(try store.runs(prompt: "extract-ticket").count == runs)
        #expect(reports.allSatisfy { !FileManager.default.fileExists(atPath: $0.path) })

        let first = try await CLIRunner.run(["compare", "extract-ticket@v1", "--dry-run"], in: dir)
        #expect(first.status == 2 && first.stderr.contains("there is nothing to compare v1 with"))
    }
}
