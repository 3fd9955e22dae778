import Foundation
import Testing

/// `promptgate init` and `promptgate new`, run as a user would with only the built binary.
@Suite(.serialized) struct InitAndNewTests {
    private func emptyFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("promptgate-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func initRunNewRunGateWorksInAnEmptyFolder() async throws {
        let dir = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: dir) }

        let initialize = try await CLIRunner.run(["init"], in: dir)
        #expect(initialize.status == 0, "\(initialize.stderr)")
        for path in [
            "promptgate.yaml", "prompts/classify-ticket/v1.md", "testsets/tickets/cases.jsonl",
            "testsets/tickets/schema.json",
            "testsets/tickets/testset.yaml", "pipeline/classify.sh", ".github/workflows/promptgate.yml",
        ] {
            #expect(
                FileManager.default.fileExists(atPath: dir.appendingPathComponent(path).path), "init must write \(path)"
            )
        }
        let gitignore = try String(contentsOf: dir.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(gitignore.split(separator: "\n").contains(".promptgate/"))

        let check = try await CLIRunner.run(["check"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout.contains("1 prompt version, 1 test set, 4 cases: 0 errors, 0 warnings"),
            "\(check.stdout)\(check.stderr)")

        let first = try await CLIRunner.run(["run", "classify-ticket"], in: dir)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("classify-ticket@v1:"))
        #expect(
            first.stdout.contains("4/4 passed") || first.stdout.contains("100"),
            "every stand-in answer is right: \(first.stdout)")

        let new = try await CLIRunner.run(["new", "classify-ticket"], in: dir)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("created classify-ticket@v2 from v1"))
        let v2 = try String(contentsOf: dir.appendingPathComponent("prompts/classify-ticket/v2.md"), encoding: .utf8)
        #expect(v2.contains("changelog: \"Copied from v1; say what this version changes.\""))
        #expect(v2.contains("{{ticket}}"))

        let second = try await CLIRunner.run(["run", "classify-ticket"], in: dir)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("classify-ticket@v2:"))

        let gate = try await CLIRunner.run(["gate", "classify-ticket"], in: dir)
        #expect(gate.status == 0, "\(gate.stdout)\(gate.stderr)")
        #expect(gate.stdout.contains("PASS"))
    }

    @Test func initRefusesAnExistingProjectAndWritesNothing() async throws {
        let dir = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("version: 1\n".utf8).write(to: dir.appendingPathComponent("promptgate.yaml"))
        let result = try await CLIRunner.run(["init"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("promptgate.yaml: error: already exists"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["promptgate.yaml"],
            "nothing else may be written")
    }

    @Test func initKeepsAnExistingGitignoreAndAddsTheDatabaseLine() async throws {
        let dir = try emptyFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("node_modules/".utf8).write(to: dir.appendingPathComponent(".gitignore"))
        let result = try await CLIRunner.run(["init", "--root", dir.path], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOf: dir.appendingPathComponent(".gitignore"), encoding: .utf8).split(
            separator: "\n")
        #expect(lines.first == "node_modules/")
        #expect(lines.contains(".promptgate/"))
    }

    @Test func newCopiesReplayRecordingsSoTheCopyRunsAndRefusesAnUnknownPrompt() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let new = try await CLIRunner.run(["new", "extract-ticket"], in: dir)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("extract-ticket@v4 from v3"))
        #expect(
            FileManager.default.fileExists(
                atPath: dir.appendingPathComponent("testsets/support-tickets/recordings/extract-ticket@v4.jsonl").path))
        let run = try await CLIRunner.run(["run", "extract-ticket"], in: dir)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("extract-ticket@v4:"))

        let again = try await CLIRunner.run(["new", "nope"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr.contains("unknown prompt `nope`"))
    }
}
