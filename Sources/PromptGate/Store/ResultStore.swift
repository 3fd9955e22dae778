import Foundation
import GRDB

/// The SQLite database of runs, results and scores (WAL mode, one file). Every write of a case is
/// one transaction, so a killed run leaves only whole cases behind.
public final class ResultStore: Sendable {
    let pool: DatabasePool
    /// The database file path.
    public let path: String

    /// Opens (creating if needed) the database at `path` and applies pending migrations. A file
    /// that is not a SQLite database, or a database written by a newer promptgate, is refused
    /// before anything is written.
    public init(path: String) throws(StoreError) {
        self.path = path
        try StoreFile.checkIsDatabase(path)
        if StoreFile.hasContent(path) {
            // Checked through a plain connection first: opening the pool writes (WAL set-up).
            try Self.checkNotNewer(path: path, readOnly: false)
        }
        let opened: DatabasePool
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            opened = try DatabasePool(path: path, configuration: Self.configuration(readOnly: false))
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
        do {
            try Migrations.migrator.migrate(opened)
            try opened.write(StoreSchema.record)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
        pool = opened
    }

    /// Opens an existing database for reading only: never creates a file or a folder, never
    /// migrates, and works on a read-only file. No database at `path` is `noDatabase`.
    public init(readingAt path: String) throws(StoreError) {
        self.path = path
        try StoreFile.checkIsDatabase(path)
        guard StoreFile.hasContent(path) else { throw StoreError.noDatabase(path: path) }
        do {
            try Self.checkNotNewer(path: path, readOnly: true)
        } catch .readFailed {
            // A writer killed mid-transaction leaves a WAL that only a writable connection may
            // recover; SQLite does that on its own when one reads, without changing any data.
            try Self.checkNotNewer(path: path, readOnly: false)
        }
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration(readOnly: true))
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.readonly = readOnly
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // Readers scan runs in index order and rarely revisit a page: a 512 KiB page cache
            // (SQLite's default is 2 MiB) serves them as fast and keeps a report's peak lower.
            if db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -512") }
        }
        return configuration
    }

    private static func checkNotNewer(path: String, readOnly: Bool) throws(StoreError) {
        do {
            let probe = try DatabaseQueue(path: path, configuration: configuration(readOnly: readOnly))
            try probe.read { db in try StoreSchema.checkNotNewer(db, path: path) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.readFailed(path: path, reason: "\(error)")
        }
    }

    /// Inserts a new run in status `running` and returns it with its id.
    public func startRun(_ run: RunRecord) throws(StoreError) -> RunRecord {
        try write { db in
            var run = run
            try run.insert(db)
            return run
        }
    }

    /// Marks a run finished with its final status.
    public func finishRun(_ runID: Int64, status: RunRecord.Status, reason: String? = nil) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE run SET status = ?, abortReason = ?, finishedAt = ? WHERE id = ?",
                arguments: [status.rawValue, reason, StoredDate.text(Date()), runID])
            try db.execute(sql: "DELETE FROM runLease WHERE runID = ?", arguments: [runID])
        }
    }

    /// Frees the page caches of the database connections (about 2 MiB each once a large run has
    /// been written); they refill from the file as needed.
    public func releaseMemory() {
        pool.releaseMemory()
    }

    func write<T>(_ body: @escaping (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError.writeFailed(path: path, reason: "\(error)")
        }
    }

    func read<T>(_ body: @escaping (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.readFailed(path: path, reason: "\(error)")
        }
    }
}
