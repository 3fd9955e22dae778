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

extension CallPhase: DatabaseValueConvertible {}

extension ResultStore {
    /// Stores attempt rows on their own (the calls of a case that did not finish: the run stopped first).
    public func save(attempts: [AttemptRecord]) throws(StoreError) {
        try write { db in
            for var attempt in attempts { try attempt.insert(db) }
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
