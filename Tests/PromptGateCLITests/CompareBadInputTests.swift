import Foundation
import Testing

/// `compare` and `gate` validate both sides before running either: a bad candidate must not leave a
/// freshly stored baseline run (or its report) behind, even when the database already exists.
@Suite struct CompareBadInputTests {
    @Test(arguments: [["compare", "greet"], ["gate", "greet"]])
    func aBadCandidateAddsNoRunToAnExistingDatabase(command: [String]) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("promptgate-cmp-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: BadInputCase.base, to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        // A stored run of a different version, so the database exists and holds one run.
        let first = try await CLIRunner.run(["run", "greet@v2"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        let v2 = root.appendingPathComponent("prompts/greet/v2.md")
        let text = try String(contentsOf: v2, encoding: .utf8)
        try text.replacingOccurrences(of: "{{text}}", with: "{{text}} {{missing}}").write(
            to: v2, atomically: true, encoding: .utf8)

        let result = try await CLIRunner.run(command, in: root)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(
            result.stderr.contains("prompts/greet/v2.md:14: error: case c1: variable `missing`"), "\(result.stderr)")
        let history = try await CLIRunner.run(["history", "greet"], in: root)
        #expect(history.stdout.contains("v2"))
        #expect(!history.stdout.contains("| v1"), "v1 was run and stored although v2 is bad:\n\(history.stdout)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("reports/greet/v1.md").path))
    }
}
