import Foundation
import Testing

/// `ci --shard i/n` as the documented GitHub Actions matrix uses it: each shard job runs its part of
/// every version `ci` needs, one job merges the databases and runs `ci`, which calls nothing and
/// gives the verdict the unsharded `ci` gives.
@Suite(.serialized) struct CIShardTests {
    /// A git repository of the bundled example committed at `HEAD`, then changed by `change`.
    static func repository(
        change: (URL) throws -> Void, commitFirst: (URL) throws -> Void = { _ in }
    ) async throws -> URL {
        let dir = try CLIRunner.copyOfBundledExample()
        try commitFirst(dir)
        try git(["init", "-q"], in: dir)
        try git(["add", "-A"], in: dir)
        try git(["commit", "-qm", "base"], in: dir)
        try change(dir)
        return dir
    }

    static func git(_ args: [String], in dir: URL) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git", "-C", dir.path, "-c", "user.email=ci@example.org", "-c", "user.name=CI"] + args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw FixtureError("git \(args) exited \(p.terminationStatus)") }
    }

    /// Runs `ci` unsharded into one database, then as `shards` shard jobs, a merge and `ci` on the
    /// merged database; both must agree and the merged `ci` must call nothing.
    static func expectShardedCIAgrees(in dir: URL, shards: Int, expectedStatus: Int32) async throws {
        let single = try await CLIRunner.run(["ci", "--base", "HEAD", "--db", ".promptgate/single.sqlite"], in: dir)
        #expect(single.status == expectedStatus, "\(single.stdout)\(single.stderr)")
        let summaryURL = dir.appendingPathComponent("reports/ci-summary.md")
        let singleSummary = try String(contentsOf: summaryURL, encoding: .utf8)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("reports"))

        for index in 1...shards {
            let job = try await CLIRunner.run(
                ["ci", "--base", "HEAD", "--shard", "\(index)/\(shards)", "--db", "shard-\(index).sqlite"], in: dir)
            #expect(job.status == 0, "\(job.stdout)\(job.stderr)")
            #expect(
                job.stdout.contains("(candidate): shard \(index)/\(shards)")
                    && job.stdout.contains("(baseline at HEAD)"), "\(job.stdout)")
            #expect(job.stdout.contains("nothing gated"), "\(job.stdout)")
        }
        #expect(!FileManager.default.fileExists(atPath: summaryURL.path), "a shard job wrote the CI summary")
        let merge = try await CLIRunner.run(
            ["merge", ".promptgate/merged.sqlite"] + (1...shards).map { "shard-\($0).sqlite" }, in: dir)
        #expect(merge.status == 0, "\(merge.stdout)\(merge.stderr)")
        let gated = try await CLIRunner.run(["ci", "--base", "HEAD", "--db", ".promptgate/merged.sqlite"], in: dir)
        #expect(gated.status == single.status, "\(gated.stdout)\(gated.stderr)")
        #expect(
            !gated.stderr.contains("running "), "ci re-ran a version instead of using the merged runs: \(gated.stderr)")
        #expect(gated.stdout == single.stdout)
        #expect(try String(contentsOf: summaryURL, encoding: .utf8) == singleSummary)
    }

    @Test func twoShardJobsMergedGateLikeOneCIRun() async throws {
        var v3Text = ""
        let dir = try await Self.repository(
            change: { dir in
                try v3Text.write(
                    to: dir.appendingPathComponent("prompts/extract-ticket/v3.md"), atomically: true, encoding: .utf8)
            },
            commitFirst: { dir in
                let v3 = dir.appendingPathComponent("prompts/extract-ticket/v3.md")
                v3Text = try String(contentsOf: v3, encoding: .utf8)
                try FileManager.default.removeItem(at: v3)
            })
        defer { try? FileManager.default.removeItem(at: dir) }
        try await Self.expectShardedCIAgrees(in: dir, shards: 2, expectedStatus: 1)
    }

    /// A config change gates v3 against v3 at the base ref: two runs of one version with other
    /// inputs, which the merge keeps apart and `ci` finds each of.
    @Test func aVersionGatedAgainstItselfAfterAConfigChangeMergesBothRuns() async throws {
        let dir = try await Self.repository(change: { dir in
            let config = dir.appendingPathComponent("promptgate.yaml")
            let text = try String(contentsOf: config, encoding: .utf8)
            try text.replacingOccurrences(of: "gpt-4o-mini: { input: 0.15", with: "gpt-4o-mini: { input: 0.30").write(
                to: config, atomically: true, encoding: .utf8)
        })
        defer { try? FileManager.default.removeItem(at: dir) }
        // The doubled price fails the cost rule: the merged runs must give that same FAIL.
        try await Self.expectShardedCIAgrees(in: dir, shards: 2, expectedStatus: 1)
    }

    @Test func aBadShardIsAUsageError() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try await CLIRunner.run(["ci", "--base", "HEAD", "--shard", "3/2"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--shard must be i/n"), "\(result.stderr)")
    }
}
