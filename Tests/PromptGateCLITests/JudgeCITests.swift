import Foundation
import Testing

/// A judge is gated through the prompts that use it: `ci` never gates a judge prompt itself, and a
/// new judge version makes the prompts whose test set names it targets.
@Suite(.serialized) struct JudgeCITests {
    @Test func aNewJudgeVersionGatesThePromptsItJudgesNotItself() async throws {
        let dir = try await CIShardTests.repository(change: { dir in
            let v1 = try String(contentsOf: dir.appendingPathComponent("prompts/judge-summary/v1.md"), encoding: .utf8)
            try v1.replacingOccurrences(of: "ready to act on", with: "ready to use")
                .write(to: dir.appendingPathComponent("prompts/judge-summary/v2.md"), atomically: true, encoding: .utf8)
        })
        defer { try? FileManager.default.removeItem(at: dir) }
        let ci = try await CLIRunner.run(["ci", "--base", "HEAD"], in: dir)
        #expect(
            ci.stdout.contains("gating extract-ticket@v3 (changed: prompts/judge-summary/v2.md)")
                || ci.stderr.contains("gating extract-ticket@v3 (changed: prompts/judge-summary/v2.md)"),
            "\(ci.stdout)\(ci.stderr)")
        #expect(!(ci.stdout + ci.stderr).contains("gating judge-summary"), "\(ci.stdout)\(ci.stderr)")
    }
}
