import Foundation
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
}
