import Foundation
import GRDB

/// The SQLite database of runs, results and scores (WAL mode, one file). Every write of a case is
/// one transaction, so a killed run leaves only whole cases behind.
public final class ResultStore: Sendable {
    let pool: DatabasePool
    /// The database file path.
    public let path: String

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Readers scan runs in index order and rarely revisit a page: a 512 KiB page cache
                // (SQLite's default is 2 MiB) serves them as fast and keeps a report's peak lower.
                if db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -512") }
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Migrations.migrator.migrate(pool)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
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

    /// Stores one case result with its scores, field outcomes, attempts and cache entries, atomically.
    public func save(_ result: CaseResult, runID: Int64) throws(StoreError) {
        try save([result], runID: runID)
    }

    /// Marks a run finished with its final status.
    public func finishRun(_ runID: Int64, status: RunRecord.Status, reason: String? = nil) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE run SET status = ?, abortReason = ?, finishedAt = ? WHERE id = ?", arguments: [status.rawValue, reason, StoredDate.text(Date()), runID])
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

/// Database failures, with the file and what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case notFound(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "\(path): cannot open the database (\(reason)); check the `database:` path in promptgate.yaml and its permissions"
        case .writeFailed(let path, let reason): return "\(path): cannot write to the database (\(reason))"
        case .readFailed(let path, let reason): return "\(path): cannot read the database (\(reason))"
        case .notFound(let what): return what
        }
    }
}

extension ResultRecord {
    init(_ r: CaseResult, runID: Int64) {
        self.init(
            id: nil, runID: runID, caseID: r.caseID, repeatIndex: r.repeatIndex, verdict: r.verdict,
            score: r.evaluation?.score ?? 0, reasonsJSON: StoreJSON.encode(r.error.map { ["provider: \($0)"] } ?? r.evaluation?.reasons ?? []),
            tagsJSON: StoreJSON.encode(r.tags), outputRaw: r.response?.text, outputJSON: r.parsed?.value.map(JSONWriter.canonical),
            parseMode: r.parsed?.mode ?? .failed, stopReason: r.response?.stopReason.rawValue, latencyMs: r.response?.latencyMs ?? 0,
            inputTokens: r.response?.usage.inputTokens ?? 0, outputTokens: r.response?.usage.outputTokens ?? 0, costUSD: r.costUSD,
            modelUsed: r.response?.model, cacheHit: r.cacheHit, attemptCount: r.attemptCount, errorKind: r.error?.kind.rawValue,
            errorMessage: r.error?.message, requestHash: r.requestHash, createdAt: Date(), requestJSON: r.requestJSON,
            fallbackUsed: r.fallbackUsed)
    }
}
