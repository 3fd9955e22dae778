import Foundation
import GRDB

/// One provider batch a run submitted (`run --batch`): stored as soon as the provider gave it an
/// id, so an interrupted run resumes by polling it instead of submitting its requests again.
public struct BatchJobRecord: FetchableRecord, MutablePersistableRecord, Sendable, Equatable, StoredTable {
    public static let databaseTableName = "batchJob"

    public var id: Int64?
    public var runID: Int64
    /// The provider's name in promptgate.yaml.
    public var provider: String
    /// The provider's batch id (`batch_…`, `msgbatch_…`).
    public var batchID: String
    /// How many requests it holds.
    public var requestCount: Int
    /// The provider's last known status (`in_progress`, `completed`, `ended`, …).
    public var status: String
    public var submittedAt: Date
    /// The custom ids of its requests, one a line (nil for batches stored before they were kept).
    public var customIDs: String?

    /// The `batchJob` table's columns: the one list inserts and reads follow.
    static let columns: [TableColumn<BatchJobRecord>] = [
        .init("id", \.id), .init("runID", \.runID), .init("provider", \.provider), .init("batchID", \.batchID),
        .init("requestCount", \.requestCount), .init("status", \.status), .init("submittedAt", \.submittedAt),
        .init("customIDs", \.customIDs),
    ]
    static let blank = BatchJobRecord(
        runID: 0, provider: "", batchID: "", requestCount: 0, status: "", submittedAt: Date(timeIntervalSince1970: 0))

    public enum Columns {
        static let runID = Column("runID")
    }

    public init(
        runID: Int64, provider: String, batchID: String, requestCount: Int, status: String, submittedAt: Date,
        customIDs: String? = nil
    ) {
        self.customIDs = customIDs
        self.runID = runID
        self.provider = provider
        self.batchID = batchID
        self.requestCount = requestCount
        self.status = status
        self.submittedAt = submittedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ResultStore {
    /// The batches a run submitted, oldest first.
    public func batchJobs(runID: Int64) throws(StoreError) -> [BatchJobRecord] {
        try read { db in
            try BatchJobRecord.filter(BatchJobRecord.Columns.runID == runID).order(Column("id")).fetchAll(db)
        }
    }

    /// Stores a submitted batch.
    func saveBatchJob(_ job: BatchJobRecord) throws(StoreError) {
        var copy = job
        try write { db in try copy.insert(db) }
    }

    /// Records a batch's last known status.
    func updateBatchStatus(runID: Int64, batchID: String, status: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE batchJob SET status = ? WHERE runID = ? AND batchID = ?",
                arguments: [status, runID, batchID])
        }
    }
}

// Reads and writes follow the column list (`StoredTable`); in an extension, so the memberwise
// initializer stays.
extension BatchJobRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}
