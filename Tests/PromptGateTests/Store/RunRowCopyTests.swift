import Foundation
import GRDB
import Testing

@testable import PromptGate

/// `merge` copies rows by the columns SQLite reports: a column or table another migration adds
/// is copied, with its references remapped, without a change to the copy.
@Suite struct RunRowCopyTests {
    /// A migrated database with a column and a table no migration of this build knows.
    static func database(_ path: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: "ALTER TABLE result ADD COLUMN requestID TEXT")
            try db.execute(
                sql:
                    "CREATE TABLE refusal (id INTEGER PRIMARY KEY AUTOINCREMENT, resultID INTEGER NOT NULL REFERENCES result(id), text TEXT NOT NULL)"
            )
        }
        return queue
    }

    /// Stores a run with one result (carrying `requestID`) and one refusal row; returns the run id.
    static func storeRun(_ db: Database, caseID: String) throws -> Int64 {
        var run = RunRecord(
            prompt: "p", version: 1, promptHash: "h", testset: "t", testsetHash: "th", provider: "replay", model: "m",
            repeats: 1, caseCount: 2, configJSON: "{}", status: .completed, startedAt: Date())
        try run.insert(db)
        let runID = try #require(run.id)
        var result = ResultRecord(
            id: nil, runID: runID, caseID: caseID, repeatIndex: 0, verdict: .pass, score: 1, reasonsJSON: "[]",
            tagsJSON: "[]",
            parseMode: .strict, latencyMs: 1, inputTokens: 1, outputTokens: 1, costUSD: 0, cacheHit: false,
            attemptCount: 1, requestHash: "r", createdAt: Date())
        try result.insert(db)
        let resultID = try #require(result.id)
        try db.execute(sql: "UPDATE result SET requestID = ? WHERE id = ?", arguments: ["req-\(caseID)", resultID])
        try db.execute(
            sql: "INSERT INTO refusal (resultID, text) VALUES (?, ?)", arguments: [resultID, "refused \(caseID)"])
        return runID
    }

    @Test func columnsAndTablesOfLaterMigrationsAreCopiedWithTheirReferencesRemapped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rowcopy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let shardPath = folder.appendingPathComponent("shard.sqlite").path
        let shardRun = try Self.database(shardPath).write { db in try Self.storeRun(db, caseID: "b") }
        let main = try Self.database(folder.appendingPathComponent("main.sqlite").path)
        // The output already holds a run, so the shard's ids (1) must move.
        _ = try main.write { db in try Self.storeRun(db, caseID: "a") }
        try main.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [shardPath])
            let copy = RunRowCopy(source: "shard", db: db)
            let target = try copy.insertRun(copying: shardRun, overrides: ["configJSON": "{\"merged\":true}"])
            try copy.copyRows(ofRuns: [shardRun], into: target)
            try db.execute(sql: "DETACH DATABASE shard")
        }
        let rows = try main.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT run.id, run.configJSON, result.requestID, refusal.text FROM run JOIN result ON result.runID = run.id JOIN refusal ON refusal.resultID = result.id ORDER BY run.id"
            )
        }
        #expect(rows.count == 2)
        #expect(rows.last?["configJSON"] == "{\"merged\":true}")
        #expect(rows.last?["requestID"] == "req-b")
        #expect(rows.last?["text"] == "refused b")
        #expect(rows.first?["text"] == "refused a")
    }
}
