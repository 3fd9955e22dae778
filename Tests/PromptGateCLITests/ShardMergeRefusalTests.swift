import Foundation
import GRDB
import Testing

/// What `promptgate merge` refuses: exit 2, naming the file and what differs, and nothing written.
@Suite(.serialized) struct ShardMergeRefusalTests {
    /// Merges `shards` into `out.sqlite` and expects a refusal mentioning every one of `phrases`.
    static func expectRefusal(
        _ fixture: ShardFixture, shards: [String], _ phrases: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let result = try await fixture.run(["merge", fixture.path("out.sqlite")] + shards.map(fixture.path))
        #expect(
            result.status == 2, "exit \(result.status): \(result.stdout)\(result.stderr)",
            sourceLocation: sourceLocation)
        for phrase in phrases {
            #expect(
                result.stderr.contains(phrase), "missing “\(phrase)” in: \(result.stderr)",
                sourceLocation: sourceLocation)
        }
        #expect(
            !FileManager.default.fileExists(atPath: fixture.path("out.sqlite")), "a refused merge wrote the output",
            sourceLocation: sourceLocation)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter {
            $0.contains(".merging-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)", sourceLocation: sourceLocation)
    }

    @Test func aMissingShardIsRefused() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShard(1, of: 3)
        try await fixture.runShard(3, of: 3)
        try await Self.expectRefusal(
            fixture, shards: ["shard-1.sqlite", "shard-3.sqlite"],
            ["shard-1.sqlite", "extract-ticket@v2: shard 2/3 missing"])
    }

    @Test func overlappingShardsAreRefused() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShards(2)
        try FileManager.default.copyItem(
            atPath: fixture.path("shard-2.sqlite"), toPath: fixture.path("copy-of-2.sqlite"))
        try await Self.expectRefusal(
            fixture, shards: ["shard-1.sqlite", "shard-2.sqlite", "copy-of-2.sqlite"],
            ["shard 2/2 overlaps: it is in \(fixture.path("shard-2.sqlite")) and \(fixture.path("copy-of-2.sqlite"))"])
        try await Self.expectRefusal(
            fixture, shards: ["shard-1.sqlite", "shard-2.sqlite", "shard-2.sqlite"], ["is given twice"])
    }

    @Test func shardsOfDifferentShardCountsAreRefused() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShard(1, of: 2)
        try await fixture.runShard(2, of: 3)
        try await Self.expectRefusal(
            fixture, shards: ["shard-1.sqlite", "shard-2.sqlite"], ["shard-2.sqlite", "shard count differs (3 vs 2)"])
    }

    /// Shard 2 is run after `change` edits the project.
    static func expectDifferentInputsRefused(
        extra: [String] = [], _ phrase: String, change: (ShardFixture) throws -> Void
    ) async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShard(1, of: 2)
        try change(fixture)
        try await fixture.runShard(2, of: 2, extra: extra)
        try await expectRefusal(
            fixture, shards: ["shard-1.sqlite", "shard-2.sqlite"],
            ["shard-2.sqlite", "was made from other inputs than shard 1/2", phrase])
    }

    @Test func shardsOfDifferentPromptContentAreRefused() async throws {
        try await Self.expectDifferentInputsRefused("prompt content differs") { fixture in
            for version in ["v2", "v3"] {
                let file = fixture.root.appendingPathComponent("prompts/extract-ticket/\(version).md")
                let text = try String(contentsOf: file, encoding: .utf8)
                try text.replacingOccurrences(of: "description: ", with: "description: Edited. ").write(
                    to: file, atomically: true, encoding: .utf8)
            }
        }
    }

    @Test func shardsOfDifferentTestSetsAreRefused() async throws {
        try await Self.expectDifferentInputsRefused("test set differs") { fixture in
            let file = fixture.root.appendingPathComponent("testsets/support-tickets/cases.jsonl")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: #""tags": ["#, with: #""tags": ["edited", "#).write(
                to: file, atomically: true, encoding: .utf8)
        }
    }

    @Test func shardsOfDifferentProvidersAreRefused() async throws {
        try await Self.expectDifferentInputsRefused(
            extra: ["--provider", "replay2"], "provider differs (replay2 gpt-4o-mini vs replay gpt-4o-mini)"
        ) { fixture in
            let file = fixture.root.appendingPathComponent("promptgate.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try text.replacingOccurrences(of: "providers:\n", with: "providers:\n  replay2:\n    type: replay\n").write(
                to: file, atomically: true, encoding: .utf8)
        }
    }

    @Test func shardsOfDifferentConfigAreRefused() async throws {
        try await Self.expectDifferentInputsRefused(extra: ["--no-cache"], "config differs") { _ in }
    }

    @Test func aShardOfAnotherSchemaVersionIsRefused() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShards(2)
        let version = try Self.lowerSchemaVersion(fixture.path("shard-2.sqlite"))
        try await Self.expectRefusal(
            fixture, shards: ["shard-1.sqlite", "shard-2.sqlite"],
            ["shard-2.sqlite", "schema version \(version - 1) differs from the output's (\(version)"])
    }

    @Test func anUnfinishedShardIsRefused() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShards(2)
        try Self.execute("UPDATE run SET status = 'interrupted' WHERE version = 3", in: fixture.path("shard-2.sqlite"))
        try await Self.expectRefusal(
            fixture, shards: ["shard-1.sqlite", "shard-2.sqlite"],
            [
                "extract-ticket@v3: shard 2/2 in \(fixture.path("shard-2.sqlite")) is `interrupted`, not completed",
                "--shard 2/2",
            ])
    }

    static func execute(_ sql: String, in path: String) throws {
        try DatabaseQueue(path: path).write { db in try db.execute(sql: sql) }
    }

    /// Records a schema version one below the current one in `path`; returns the current one.
    static func lowerSchemaVersion(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).write { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            try db.execute(sql: "PRAGMA user_version = \(version - 1)")
            return version
        }
    }

    @Test func aDatabaseWithoutShardRunsIsRefused() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShard(1, of: 2)
        let whole = try await fixture.run(["run", ShardFixture.versions[0], "--db", fixture.path("whole.sqlite")])
        #expect(whole.status == 0, "\(whole.stderr)")
        try await Self.expectRefusal(
            fixture, shards: ["shard-1.sqlite", "whole.sqlite"], ["whole.sqlite", "holds no shard run"])
    }
}
