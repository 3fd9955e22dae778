import Foundation
import GRDB

/// A row of `attempt`: one call made for a case (retries, fallback and re-asks included).
public struct AttemptRecord: Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoredTable {
    public static let databaseTableName = "attempt"

    public var id: Int64?
    public var runID: Int64
    public var caseID: String
    public var repeatIndex: Int
    /// 1-based position among the case's attempts.
    public var attempt: Int
    public var phase: CallPhase
    public var model: String
    public var statusCode: Int?
    public var errorKind: String?
    public var errorMessage: String?
    public var latencyMs: Double
    /// Milliseconds of backoff waited right before this call.
    public var waitMs: Double
    public var startedAt: Date
    /// What the call cost; 0 for a failed call.
    public var costUSD: Double = 0
    /// True when `costUSD` is an estimate (the call timed out or was cut off).
    public var costEstimated = false
    /// The provider's id for the request, when it sent one.
    public var requestID: String?
    /// Milliseconds to the first streamed token; nil when the call did not stream or failed first.
    public var firstTokenMs: Double?

    /// The `attempt` table's columns: the one list inserts and reads follow.
    static let columns: [TableColumn<AttemptRecord>] = [
        .init("id", \.id), .init("runID", \.runID), .init("caseID", \.caseID), .init("repeatIndex", \.repeatIndex),
        .init("attempt", \.attempt), .init("phase", \.phase), .init("model", \.model),
        .init("statusCode", \.statusCode), .init("errorKind", \.errorKind), .init("errorMessage", \.errorMessage),
        .init("latencyMs", \.latencyMs), .init("waitMs", \.waitMs), .init("startedAt", \.startedAt),
        .init("costUSD", \.costUSD), .init("costEstimated", \.costEstimated), .init("requestID", \.requestID),
        .init("firstTokenMs", \.firstTokenMs),
    ]
    static let blank = AttemptRecord(
        id: nil, runID: 0, caseID: "", repeatIndex: 0, attempt: 0, phase: .primary, model: "", statusCode: nil,
        errorKind: nil, errorMessage: nil, latencyMs: 0, waitMs: 0, startedAt: Date(timeIntervalSince1970: 0))

    public enum Columns {
        static let runID = Column("runID")
        static let caseID = Column("caseID")
        static let repeatIndex = Column("repeatIndex")
        static let attempt = Column("attempt")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension CallPhase: DatabaseValueConvertible {}

extension ResultStore {
    /// Stores attempt rows on their own (the calls of a case that did not finish: the run stopped first).
    public func save(attempts: [AttemptRecord]) throws(StoreError) {
        try write { db in
            let statement = try db.cachedStatement(sql: AttemptRecord.insertSQL())
            for attempt in attempts { try statement.execute(arguments: attempt.insertArguments) }
        }
    }

    /// Every attempt of a run, by case, repeat and attempt number.
    public func attempts(runID: Int64) throws(StoreError) -> [AttemptRecord] {
        try read { db in
            try AttemptRecord.filter(AttemptRecord.Columns.runID == runID)
                .order(AttemptRecord.Columns.caseID, AttemptRecord.Columns.repeatIndex, AttemptRecord.Columns.attempt)
                .fetchAll(db)
        }
    }
}

// Reads and writes follow the column list (`StoredTable`); in an extension, so the memberwise
// initializer stays.
extension AttemptRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}
