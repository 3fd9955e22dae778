import Foundation
import GRDB

/// A row of `deadLetter`: a case whose answer stayed unusable after its re-asks.
public struct DeadLetterRecord: Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoredTable {
    public static let databaseTableName = "deadLetter"

    public var id: Int64?
    public var runID: Int64
    public var caseID: String
    public var repeatIndex: Int
    public var reason: String
    public var rawOutput: String
    /// Calls made for the case.
    public var attempts: Int
    public var reasks: Int
    public var createdAt: Date

    /// The `deadLetter` table's columns: the one list inserts and reads follow.
    static let columns: [TableColumn<DeadLetterRecord>] = [
        .init("id", \.id), .init("runID", \.runID), .init("caseID", \.caseID), .init("repeatIndex", \.repeatIndex),
        .init("reason", \.reason), .init("rawOutput", \.rawOutput), .init("attempts", \.attempts),
        .init("reasks", \.reasks), .init("createdAt", \.createdAt),
    ]
    static let blank = DeadLetterRecord(
        id: nil, runID: 0, caseID: "", repeatIndex: 0, reason: "", rawOutput: "", attempts: 0, reasks: 0,
        createdAt: Date(timeIntervalSince1970: 0))

    public enum Columns {
        static let runID = Column("runID")
        static let caseID = Column("caseID")
        static let repeatIndex = Column("repeatIndex")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// How many dead letters one run left.
public struct DeadLetterCount: Sendable, Equatable {
    public let run: RunRecord
    public let count: Int
}

extension ResultStore {
    /// The dead letters of a run, by case and repeat.
    public func deadLetters(runID: Int64) throws(StoreError) -> [DeadLetterRecord] {
        try read { db in
            try DeadLetterRecord.filter(DeadLetterRecord.Columns.runID == runID)
                .order(DeadLetterRecord.Columns.caseID, DeadLetterRecord.Columns.repeatIndex).fetchAll(db)
        }
    }

    /// Every run that left dead letters, newest first, with its count.
    public func deadLetterCounts() throws(StoreError) -> [DeadLetterCount] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT runID, COUNT(*) AS n FROM deadLetter GROUP BY runID ORDER BY runID DESC")
            return try rows.compactMap { row -> DeadLetterCount? in
                let runID: Int64 = row["runID"]
                guard let run = try RunRecord.fetchOne(db, key: runID) else { return nil }
                return DeadLetterCount(run: run, count: row["n"])
            }
        }
    }
}

// Reads and writes follow the column list (`StoredTable`); in an extension, so the memberwise
// initializer stays.
extension DeadLetterRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}
