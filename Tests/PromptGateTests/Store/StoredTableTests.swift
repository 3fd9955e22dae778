import Foundation
import GRDB
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// Each stored table is declared once, in its record's column list: the list must name exactly the
/// columns the migrations create, and a record must come back unchanged through the inserts and
/// the reads (by name, by position, packed in a snapshot) that the list drives.
@Suite struct StoredTableTests {
    /// The migrated database's columns of `table`.
    static func migratedColumns(_ table: String) throws -> [String] {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").compactMap { $0["name"] as String? }
        }
    }

    /// True when a column list and a table's columns differ (order aside).
    static func differ(_ listed: [String], _ migrated: [String]) -> Bool {
        Set(listed) != Set(migrated) || listed.count != migrated.count
    }

    static func check<Record: StoredTable>(_ type: Record.Type) throws {
        let listed = Record.columns.map(\.name)
        let migrated = try migratedColumns(Record.databaseTableName)
        #expect(
            !differ(listed, migrated),
            "\(Record.databaseTableName): the column list \(listed) differs from the migrated table \(migrated)")
    }

    static let run = RunRecord(
        prompt: "p", version: 1, promptHash: "h", testset: "t", testsetHash: "h", provider: "x", model: "m", repeats: 1,
        caseCount: 1, configJSON: "{}", status: .running, startedAt: Date(timeIntervalSince1970: 0))

    /// A result whose every column differs from `ResultRecord.blank`.
    static let result = ResultRecord(
        id: 1, runID: 1, caseID: "c", repeatIndex: 2, verdict: .fail, score: 0.5, reasonsJSON: #"["r"]"#,
        tagsJSON: #"["t"]"#, outputRaw: "raw", outputJSON: "{}", parseMode: .fenced, stopReason: "length",
        latencyMs: 12.5, inputTokens: 3, outputTokens: 4, costUSD: 0.25, modelUsed: "m", cacheHit: true,
        attemptCount: 2, errorKind: "timeout", errorMessage: "slow", requestHash: "sha256:x",
        createdAt: Date(timeIntervalSince1970: 1_700_000_000), requestJSON: #"{"m":1}"#, fallbackUsed: true)

    @Test func everyColumnListMatchesItsMigratedTable() throws {
        try Self.check(RunRecord.self)
        try Self.check(ResultRecord.self)
        try Self.check(ScoreRecord.self)
        try Self.check(FieldScoreRecord.self)
        try Self.check(AttemptRecord.self)
        try Self.check(DeadLetterRecord.self)
        try Self.check(CachedResponseRecord.self)
        try Self.check(BatchJobRecord.self)
        try Self.check(JudgeCalibrationRecord.self)
    }

    @Test func theCheckCatchesAColumnMissingFromTheList() throws {
        let migrated = try Self.migratedColumns(AttemptRecord.databaseTableName)
        #expect(!Self.differ(AttemptRecord.columns.map(\.name), migrated))
        #expect(Self.differ(AttemptRecord.columns.dropLast().map(\.name), migrated))
    }

    @Test func aResultRoundTripsThroughBothInsertsAndBothReads() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        var second = Self.result
        second.id = nil
        second.caseID = "d"
        try queue.write { db in
            var run = Self.run
            try run.insert(db)
            try db.execute(sql: ResultRecord.insertSQL(), arguments: Self.result.insertArguments)
            try second.insert(db)
        }
        second.id = 2
        let (named, positional) = try queue.read { db in
            (
                try ResultRecord.fetchAll(db, sql: "SELECT * FROM result ORDER BY id"),
                try Row.fetchAll(db, sql: "SELECT \(ResultRecord.selectList()) FROM result ORDER BY id").map {
                    try ResultRecord(row: $0, columns: ResultRecord.columns)
                }
            )
        }
        #expect(named == [Self.result, second])
        #expect(positional == [Self.result, second])
    }

    @Test func aSnapshotReadsEveryResultColumnButTheLargeTexts() throws {
        let project = try TempProject()
        defer { project.remove() }
        let store = try ResultStore(path: project.root.appendingPathComponent("db.sqlite").path)
        let runID = try #require(try store.startRun(Self.run).id)
        var stored = Self.result
        stored.runID = runID
        try store.save([CaseRows(result: stored)])
        let read = try store.snapshot(runID: runID) { _, _ in [] }.results[0]
        var expected = stored
        (expected.outputRaw, expected.outputJSON, expected.requestHash, expected.requestJSON) = (nil, nil, "", nil)
        #expect(read == expected)
    }

    /// `ResultRows` packs the snapshot's columns by hand: a column added to the list but not to the
    /// packing fails here (the sample must set every column, which the first check enforces).
    @Test func packedResultsKeepEveryColumn() {
        for column in ResultRecord.columns {
            #expect(
                column.value(Self.result) != column.value(ResultRecord.blank),
                "the sample result must set \(column.name) to a value other than blank's")
        }
        #expect(ResultRows([Self.result])[0] == Self.result)
    }

    /// A score and a field outcome whose every column differs from their `blank`s.
    static let score = ScoreRecord(
        id: 3, resultID: 1, scorer: "fields", status: .fail, value: 0.5, hard: true, reasonsJSON: #"["r"]"#,
        detailsJSON: "{}")
    static let field = FieldScoreRecord(
        id: 4, resultID: 1, path: "a", status: .mismatch, expectedJSON: "1", actualJSON: "2", weight: 2,
        matcher: "exact", note: "n")

    /// `PackedScores` and `PackedFields` pack by hand too (without the row id, which no reader uses).
    @Test func packedScoresAndFieldsKeepEveryColumnButTheRowID() {
        for column in ScoreRecord.columns {
            #expect(column.value(Self.score) != column.value(ScoreRecord.blank), "set \(column.name) in the sample")
        }
        for column in FieldScoreRecord.columns {
            #expect(
                column.value(Self.field) != column.value(FieldScoreRecord.blank), "set \(column.name) in the sample")
        }
        var score = Self.score, field = Self.field
        (score.id, field.id) = (nil, nil)
        #expect(PackedScores([Self.score])[0] == score)
        var fields = PackedFields()
        fields.append(Self.field)
        fields.finishAppending()
        #expect(fields[0] == field)
    }

    @Test func aNullInARequiredColumnThrowsInsteadOfTrapping() throws {
        let queue = try DatabaseQueue()
        let row = try #require(try queue.read { db in try Row.fetchOne(db, sql: "SELECT 1 AS id, NULL AS resultID") })
        #expect(throws: (any Error).self) {
            try ScoreRecord(row: row, columns: Array(ScoreRecord.columns.prefix(2)))
        }
        #expect(throws: (any Error).self) { try ScoreRecord(named: row) }
    }
}
