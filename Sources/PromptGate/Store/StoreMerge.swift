import Foundation
import GRDB

/// Writes merged runs into a database file atomically: the work happens in a temporary file next
/// to the output (a copy of it, when it exists), which replaces the output only once every run is
/// in. A failure leaves the output as it was.
enum StoreMerge {
    /// One merged run: the shard runs it is made of (file, run id), in shard order, and the run
    /// columns that differ from the first shard's run.
    struct Plan {
        let parts: [(file: String, runID: Int64)]
        let overrides: [String: (any DatabaseValueConvertible)?]
        /// True when the output already holds a run equal to this one (it is not added again).
        let isPresent: (Database) throws -> Bool
    }

    /// Writes `plans` into `output`; returns how many runs were added.
    static func write(_ plans: [Plan], into output: String) throws(StoreError) -> Int {
        let temporary = output + ".merging-\(ProcessInfo.processInfo.processIdentifier)"
        let fm = FileManager.default
        try? fm.removeItem(atPath: temporary)
        do {
            try fm.createDirectory(
                at: URL(fileURLWithPath: output).deletingLastPathComponent(), withIntermediateDirectories: true)
            let added = try fill(temporary, from: output, plans: plans)
            for suffix in ["-wal", "-shm"] { try? fm.removeItem(atPath: output + suffix) }
            guard rename(temporary, output) == 0 else {
                throw StoreError.writeFailed(
                    path: output,
                    reason: "cannot replace it with the merged database: \(String(cString: strerror(errno)))")
            }
            return added
        } catch {
            try? fm.removeItem(atPath: temporary)
            if let error = error as? StoreError { throw error }
            throw StoreError.writeFailed(path: output, reason: "\(error)")
        }
    }

    /// Builds the merged database at `temporary` (a consistent copy of `output`, or a new one).
    private static func fill(_ temporary: String, from output: String, plans: [Plan]) throws -> Int {
        if StoreFile.hasContent(output) {
            var readOnly = Configuration()
            readOnly.readonly = true
            try DatabaseQueue(path: output, configuration: readOnly).inDatabase { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [temporary])
            }
        }
        var added = 0
        let queue = try DatabaseQueue(path: temporary)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try Migrations.migrator.migrate(queue)
        try queue.write(StoreSchema.record)
        try queue.writeWithoutTransaction { db in
            for plan in plans {
                if try plan.isPresent(db) { continue }
                var merged: Int64?
                for part in plan.parts {
                    try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [part.file])
                    do {
                        try db.inTransaction {
                            let copy = RunRowCopy(source: "shard", db: db)
                            let target = try merged ?? copy.insertRun(copying: part.runID, overrides: plan.overrides)
                            merged = target
                            try copy.copyRows(ofRuns: [part.runID], into: target)
                            return .commit
                        }
                    } catch {
                        try? db.execute(sql: "DETACH DATABASE shard")
                        throw error
                    }
                    try db.execute(sql: "DETACH DATABASE shard")
                }
                added += 1
            }
        }
        try queue.close()
        return added
    }
}
