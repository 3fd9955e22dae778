import Foundation
import GRDB

extension ResultStore {
    /// What `claimRun` got.
    public enum RunClaim: Sendable {
        /// A new run was stored and is held by this process.
        case fresh(RunRecord)
        /// An interrupted run of the same inputs, whose holder is gone, is now held by this process.
        case resumed(RunRecord)
        /// A run of the same inputs is being run right now by `holder`.
        case busy(RunRecord, RunHolder)
    }

    /// In one immediate transaction (so two processes cannot both win): refuses when a live
    /// process runs the same inputs, else takes over the newest interrupted run of the same inputs
    /// (when `resume`) or stores `run` as a new one, and records this process as its holder.
    public func claimRun(_ run: RunRecord, resume: Bool) throws(StoreError) -> RunClaim {
        try immediateWrite { db in
            let same = try RunRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM run WHERE status IN ('running', 'interrupted') AND prompt = ? AND version = ? AND promptHash = ?
                    AND testsetHash = ? AND provider = ? AND model = ? AND repeats = ? AND configJSON = ?
                    ORDER BY id DESC
                    """,
                arguments: [
                    run.prompt, run.version, run.promptHash, run.testsetHash, run.provider, run.model, run.repeats,
                    run.configJSON,
                ])
            for candidate in same {
                guard let id = candidate.id, let (holder, beat) = try Self.holder(db, runID: id) else { continue }
                if holder.isAlive(heartbeatAt: beat) { return .busy(candidate, holder) }
            }
            if resume, var unfinished = same.first, let id = unfinished.id {
                try Self.hold(db, runID: id)
                try db.execute(
                    sql: "UPDATE run SET status = 'running', abortReason = NULL, finishedAt = NULL WHERE id = ?",
                    arguments: [id])
                unfinished.status = .running
                unfinished.abortReason = nil
                unfinished.finishedAt = nil
                return .resumed(unfinished)
            }
            var fresh = run
            try fresh.insert(db)
            if let id = fresh.id { try Self.hold(db, runID: id) }
            return .fresh(fresh)
        }
    }

    /// Renews this process's heartbeat on `runID`.
    public func renewLease(runID: Int64) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE runLease SET heartbeatAt = ? WHERE runID = ? AND pid = ?",
                arguments: [Date().timeIntervalSince1970, runID, RunHolder.current.pid])
        }
    }

    /// The holder of a run and its last heartbeat, if any.
    public func leaseHolder(runID: Int64) throws(StoreError) -> RunHolder? {
        try read { db in try Self.holder(db, runID: runID)?.0 }
    }

    static func holder(_ db: Database, runID: Int64) throws -> (RunHolder, Double)? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT pid, host, processStart, heartbeatAt FROM runLease WHERE runID = ?", arguments: [runID]
            )
        else { return nil }
        return (RunHolder(pid: row[0], host: row[1], processStart: row[2]), row[3])
    }

    private static func hold(_ db: Database, runID: Int64) throws {
        let me = RunHolder.current
        try db.execute(
            sql: "INSERT OR REPLACE INTO runLease (runID, pid, host, processStart, heartbeatAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [runID, me.pid, me.host, me.processStart, Date().timeIntervalSince1970])
    }

    private func immediateWrite<T>(_ body: @escaping (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var value: T?
                try db.inTransaction(.immediate) {
                    value = try body(db)
                    return .commit
                }
                guard let value else {
                    throw StoreError.writeFailed(path: path, reason: "the transaction returned nothing")
                }
                return value
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.writeFailed(path: path, reason: "\(error)")
        }
    }
}
