import Foundation
import GRDB

/// A row of `deadLetter`: a case whose answer stayed unusable after its re-asks.
public struct DeadLetterRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDates {
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

    public enum Columns {
        static let runID = Column(CodingKeys.runID)
        static let caseID = Column(CodingKeys.caseID)
        static let repeatIndex = Column(CodingKeys.repeatIndex)
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
