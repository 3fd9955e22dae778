import Foundation
import Testing

/// `promptgate ci` against a real git repository holding the bundled example.
@Suite(.serialized) struct CICommandTests {
    func git(_ args: [String], in dir: URL) async throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", dir.path, "-c", "user.email=ci@example.org", "-c", "user.name=CI"] + args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "git \(args)")
    }

    @Test func failsOnV3WhenTheBaseIsBeforeV3AndPassesForANoOpChange() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let v3 = dir.appendingPathComponent("prompts/extract-ticket/v3.md")
        let v3Text = try String(contentsOf: v3, encoding: .utf8)
        try FileManager.default.removeItem(at: v3)
        try await git(["init", "-q"], in: dir)
        try await git(["add", "-A"], in: dir)
        try await git(["commit", "-qm", "before v3"], in: dir)
        try v3Text.write(to: v3, atomically: true, encoding: .utf8)

        let dry = try await CLIRunner.run(["ci", "--base", "HEAD", "--dry-run"], in: dir)
        #expect(dry.status == 0, "\(dry.stdout)\(dry.stderr)")
        #expect(dry.stdout.contains("dry run of gate extract-ticket@v3 against v2"), "\(dry.stdout)")
        #expect(dry.stdout.contains("extract-ticket@v2: would run (no stored run)\n  planned calls:    64"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".promptgate").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/ci-summary.md").path))

        // Caps that run out during the baseline: the summary says what was not gated, exit 3.
        let capped = try await CLIRunner.run(["ci", "--base", "HEAD", "--max-calls", "70"], in: dir)
        #expect(capped.status == 3, "\(capped.stdout)\(capped.stderr)")
        #expect(capped.stderr.contains("before extract-ticket@v3 could run"), "\(capped.stderr)")
        #expect(capped.stderr.contains("not gated: extract-ticket@v3"), "\(capped.stderr)")
        let cappedSummary = try String(
            contentsOf: dir.appendingPathComponent("reports/ci-summary.md"), encoding: .utf8)
        #expect(cappedSummary.contains("**Stopped before gating everything** (exit 3): budget reached: 70 calls made"))

        let failing = try await CLIRunner.run(["ci", "--base", "HEAD"], in: dir)
        #expect(failing.status == 1, "\(failing.stdout)\(failing.stderr)")
        #expect(failing.stdout.contains("extract-ticket@v3 vs v2: FAIL"))
        #expect(failing.stdout.contains("critical_regressions"))
        let summary = try String(contentsOf: dir.appendingPathComponent("reports/ci-summary.md"), encoding: .utf8)
        #expect(summary.contains("FAIL"))

        try await git(["add", "-A"], in: dir)
        try await git(["commit", "-qm", "v3"], in: dir)
        try "notes\n".write(to: dir.appendingPathComponent("NOTES.md"), atomically: true, encoding: .utf8)
        let noop = try await CLIRunner.run(["ci", "--base", "HEAD"], in: dir)
        #expect(noop.status == 0, "\(noop.stdout)\(noop.stderr)")
        #expect(noop.stdout.contains("nothing to gate"))
        let noopDry = try await CLIRunner.run(["ci", "--base", "HEAD", "--dry-run"], in: dir)
        #expect(noopDry.status == 0 && noopDry.stdout.contains("so nothing would be gated"), "\(noopDry.stdout)")
    }

    @Test func anUnknownBaseIsBadInput() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await git(["init", "-q"], in: dir)
        let result = try await CLIRunner.run(["ci", "--base", "no-such-ref"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-ref"))
    }

    @Test func aBaseThatLooksLikeAnOptionIsRefusedBeforeGitSeesIt() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await git(["init", "-q"], in: dir)
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("pg-injected-\(UUID().uuidString)")
        let result = try await CLIRunner.run(["ci", "--base=--output=\(target.path)"], in: dir)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("is not a git ref"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path), "git wrote the file an injected option named")
    }

    @Test func outsideAGitRepositoryTheMessageSaysSo() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try await CLIRunner.run(["ci", "--base", "main"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("not inside a git repository"), "\(result.stderr)")
    }

    @Test func aShallowCloneWithoutTheBaseSuggestsFetchDepthZero() async throws {
        let origin = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: origin) }
        try await git(["init", "-q"], in: origin)
        try await git(["add", "-A"], in: origin)
        try await git(["commit", "-qm", "one"], in: origin)
        try "notes\n".write(to: origin.appendingPathComponent("NOTES.md"), atomically: true, encoding: .utf8)
        try await git(["add", "-A"], in: origin)
        try await git(["commit", "-qm", "two"], in: origin)
        let clone = FileManager.default.temporaryDirectory.appendingPathComponent("pg-shallow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clone) }
        try await git(["clone", "-q", "--depth", "1", "file://\(origin.path)", clone.path], in: origin)
        let result = try await CLIRunner.run(["ci", "--base", "HEAD~1"], in: clone)
        #expect(result.status == 2)
        #expect(result.stderr.contains("shallow clone") && result.stderr.contains("fetch-depth: 0"), "\(result.stderr)")
    }

    @Test func aDeletedVersionOrPromptIsNamedInTheSummary() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        try await git(["init", "-q"], in: dir)
        try await git(["add", "-A"], in: dir)
        try await git(["commit", "-qm", "all"], in: dir)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("prompts/extract-ticket/v3.md"))
        let result = try await CLIRunner.run(["ci", "--base", "HEAD"], in: dir)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("extract-ticket@v3: deleted since HEAD, not gated"), "\(result.stdout)")
        let summary = try String(contentsOf: dir.appendingPathComponent("reports/ci-summary.md"), encoding: .utf8)
        #expect(summary.contains("Deleted since `HEAD`, not gated: `extract-ticket@v3`"), "\(summary)")
    }
}
