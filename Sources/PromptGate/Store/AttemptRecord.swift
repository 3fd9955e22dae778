import Foundation
import GRDB

/// A row of `attempt`: one call made for a case (retries, fallback and re-asks included).
public struct AttemptRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDates {
    public static let databaseTableName = "attempt"

    public var id: Int64?
    public var runID: Int64
    public var caseID: String
    public var repeatIndex: Int
    /// 1-based position among the case's attempts.
    public var attempt: Int
    public var phase: Attempt.Phase
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

    public enum Columns {
        static let runID = Column(CodingKeys.runID)
        static let caseID = Column(CodingKeys.caseID)
        static let repeatIndex = Column(CodingKeys.repeatIndex)
        static let attempt = Column(CodingKeys.attempt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension AttemptRecord {
    init(_ a: Attempt, runID: Int64, caseID: String, repeatIndex: Int) {
        self.init(id: nil, runID: runID, caseID: caseID, repeatIndex: repeatIndex, attempt: a.number, phase: a.phase, model: a.model,
                  statusCode: a.statusCode, errorKind: a.errorKind, errorMessage: a.errorMessage, latencyMs: a.latencyMs,
                  waitMs: a.waitMs, startedAt: a.startedAt, costUSD: a.costUSD, costEstimated: a.costEstimated, requestID: a.requestID,
                  firstTokenMs: a.firstTokenMs)
    }
}

extension Attempt.Phase: DatabaseValueConvertible {}

extension ResultStore {
    /// Stores the attempts of a case that did not finish (the run stopped first).
    public func saveAttempts(_ attempts: [Attempt], runID: Int64, caseID: String, repeatIndex: Int) throws(StoreError) {
        try write { db in try Self.insert(attempts, runID: runID, caseID: caseID, repeatIndex: repeatIndex, db: db) }
    }

    /// Every attempt of a run, by case, repeat and attempt number.
    public func attempts(runID: Int64) throws(StoreError) -> [AttemptRecord] {
        try read { db in
            try AttemptRecord.filter(AttemptRecord.Columns.runID == runID)
                .order(AttemptRecord.Columns.caseID, AttemptRecord.Columns.repeatIndex, AttemptRecord.Columns.attempt).fetchAll(db)
        }
    }

    static func insert(_ attempts: [Attempt], runID: Int64, caseID: String, repeatIndex: Int, db: Database) throws {
        for attempt in attempts {
            var row = AttemptRecord(attempt, runID: runID, caseID: caseID, repeatIndex: repeatIndex)
            try row.insert(db)
        }
    }
}
