import Foundation
import GRDB
import Testing

/// `run --shard i/n` and `promptgate merge`: the shards of a run merged are the run made in one
/// process, for `report` and `compare` alike; a shard alone is never taken for a whole run.
@Suite(.serialized) struct ShardMergeTests {
    /// What `compare` and `report` make of a database: the diff report, its verdict, the run
    /// reports and JSON exports (none of which holds a timing figure of the run itself).
    struct Readout: Equatable {
        let compareStatus: Int32
        let diffReport: String
        let runReports: [String]
        let exports: [String]
    }

    static func readout(_ fixture: ShardFixture, db: String) async throws -> Readout {
        let compared = try await fixture.run([
            "compare", ShardFixture.versions[0], ShardFixture.versions[1], "--db", db,
        ])
        #expect(
            !compared.stderr.contains("running "),
            "compare re-ran a version instead of using the stored run: \(compared.stderr)")
        let diff = try String(
            contentsOf: fixture.root.appendingPathComponent("reports/extract-ticket/v3-vs-v2.md"), encoding: .utf8)
        var reports: [String] = [], exports: [String] = []
        for version in ShardFixture.versions {
            let report = try await fixture.run(["report", version, "--db", db])
            #expect(report.status == 0, "\(report.stderr)")
            reports.append(report.stdout)
            let export = try await fixture.run(["report", version, "--db", db, "--format", "json"])
            #expect(export.status == 0, "\(export.stderr)")
            exports.append(export.stdout)
        }
        return Readout(compareStatus: compared.status, diffReport: diff, runReports: reports, exports: exports)
    }

    @Test func shardsOfOneRunMergedEqualTheSingleProcessRun() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        let single = fixture.path("single.sqlite")
        for version in ShardFixture.versions {
            let result = try await fixture.run(["run", version, "--db", single])
            #expect(result.status == 0, "\(result.stderr)")
        }
        try await fixture.runShards(3)
        let merged = try await fixture.merge("merged.sqlite", shards: [1, 2, 3])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("merged extract-ticket@v3: 3 shards, 64 cases"), "\(merged.stdout)")

        let expected = try await Self.readout(fixture, db: single)
        let actual = try await Self.readout(fixture, db: fixture.path("merged.sqlite"))
        #expect(expected.compareStatus == 1, "the bundled v3 regresses")
        #expect(actual.compareStatus == expected.compareStatus)
        #expect(actual.diffReport == expected.diffReport)
        #expect(actual.runReports == expected.runReports)
        #expect(actual.exports == expected.exports)
        #expect(try Self.rowCounts(fixture.path("merged.sqlite")) == (try Self.rowCounts(single)))
    }

    /// Rows per table (runs, results, scores, field outcomes, attempts, …), leases left out.
    static func rowCounts(_ db: String) throws -> [String: Int] {
        try DatabaseQueue(path: db).read { db in
            var counts: [String: Int] = [:]
            for table in try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('grdb_migrations', 'runLease')"
            ) {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)")
            }
            return counts
        }
    }

    @Test func mergingTheSameShardsAgainChangesNothing() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShards(2)
        // Into a folder that does not exist yet, as `.promptgate/promptgate.sqlite` in a fresh clone.
        let output = ".promptgate/promptgate.sqlite"
        let first = try await fixture.merge(output, shards: [1, 2])
        #expect(first.status == 0, "\(first.stderr)")
        let counts = try Self.rowCounts(fixture.path(output))
        let again = try await fixture.merge(output, shards: [1, 2])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("unchanged"), "\(again.stdout)")
        #expect(try Self.rowCounts(fixture.path(output)) == counts)
        #expect(counts["run"] == 2)
    }

    @Test func mergingIntoADatabaseKeepsItsRunsAndARefusedMergeLeavesItAsItWas() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        let output = fixture.path("out.sqlite")
        #expect(try await fixture.run(["run", "extract-ticket@v1", "--db", output]).status == 0)
        try await fixture.runShards(2)
        let merged = try await fixture.merge("out.sqlite", shards: [1, 2])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try Self.rowCounts(output)["run"] == 3)
        #expect(try await fixture.run(["report", "extract-ticket@v1", "--db", output]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        let refused = try await fixture.merge("out.sqlite", shards: [1])
        #expect(refused.status == 2 && refused.stderr.contains("shard 2/2 missing"), "\(refused.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
    }

    @Test func aShardAloneIsNotAWholeRun() async throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        try await fixture.runShard(1, of: 2)
        let report = try await fixture.run(["report", ShardFixture.versions[1], "--db", fixture.path("shard-1.sqlite")])
        #expect(report.status == 2, "\(report.stdout)")
        #expect(report.stderr.contains("no completed run"), "\(report.stderr)")
        #expect(
            !FileManager.default.fileExists(
                atPath: fixture.root.appendingPathComponent("reports/extract-ticket/v3.md").path),
            "a shard wrote the version's report")
    }
}
