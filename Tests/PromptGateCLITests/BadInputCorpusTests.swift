import Foundation
import Testing

/// Runs the built binary on every case of the bad-input corpus (`Tests/Fixtures/bad/`): each must
/// exit 2 with `file:line:` (or `case <id>`) and the expected message, without crashing and without
/// creating the database or writing a report.
@Suite struct BadInputCorpusTests {
    @Test(arguments: try BadInputCase.all())
    func badInputExitsTwoNamingFileAndLineAndWritesNothing(_ badCase: BadInputCase) async throws {
        let root = try badCase.materialize()
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try await CLIRunner.run(badCase.expectation.command, in: root)

        #expect(!result.crashed, "crashed: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"), "\(result.stderr)")
        for written in [".promptgate", "reports", "newdir"] {
            #expect(
                !FileManager.default.fileExists(atPath: root.appendingPathComponent(written).path),
                "wrote \(written)/ on bad input")
        }
        if let pending = badCase.expectation.pending {
            withKnownIssue(Comment(rawValue: pending)) { expectReported(badCase, result) }
        } else {
            expectReported(badCase, result)
        }
    }

    /// Exit 2, and one diagnostic line that starts with the expected location and carries the message.
    private func expectReported(_ badCase: BadInputCase, _ result: CLIRunner.Result) {
        #expect(result.status == 2, "exit \(result.status): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        let hit = lines.contains { $0.hasPrefix(badCase.location) && $0.contains(badCase.expectation.message) }
        #expect(hit, "expected `\(badCase.location)… \(badCase.expectation.message)` in:\n\(result.stderr)")
    }

    @Test func corpusIsLargeAndEveryCaseIsLocated() async throws {
        let cases = try BadInputCase.all()
        #expect(cases.count >= 45)
        for badCase in cases {
            let e = badCase.expectation
            #expect(
                e.line != nil || e.case != nil || e.noLine != nil,
                "\(badCase.name): needs a line, a case id, or a `no_line` reason")
            #expect(
                ["check", "run", "compare", "gate", "report", "history", "dlq"].contains(e.command.first ?? ""),
                "\(badCase.name): unknown command")
        }
    }

    @Test func readmeListsEveryCase() async throws {
        let readme = try String(contentsOf: BadInputCase.corpus.appendingPathComponent("README.md"), encoding: .utf8)
        for badCase in try BadInputCase.all() {
            #expect(readme.contains("`\(badCase.name)`"), "README.md does not list \(badCase.name)")
        }
    }

    /// The base must be valid, so each case fails for its own reason only.
    @Test func baseProjectIsValid() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "promptgate-bad-base-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: BadInputCase.base, to: root)
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try await CLIRunner.run(["check"], in: root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.isEmpty, "the base must not even warn: \(check.stderr)")
        let run = try await CLIRunner.run(["run", "greet@v1"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let compare = try await CLIRunner.run(["compare", "greet"], in: root)
        #expect(compare.status == 0, "\(compare.stderr)")
    }
}
