import Foundation
import GRDB

/// A row of `responseCache`: a successful answer stored under its `ResponseCacheKey`. Errors
/// are never cached.
public struct CachedResponseRecord: Sendable, Equatable, FetchableRecord, PersistableRecord, StoredTable {
    public static let databaseTableName = "responseCache"
    /// The row format version.
    public static let formatVersion = 1

    public var key: String
    public var format: Int = CachedResponseRecord.formatVersion
    public var provider: String
    public var model: String
    public var output: String
    public var stopReason: String
    public var inputTokens: Int
    public var outputTokens: Int
    public var latencyMs: Double
    /// True when the answer came from the prompt's fallback model.
    public var fallbackUsed: Bool
    public var createdAt: Date

    /// The `responseCache` table's columns: the one list inserts and reads follow.
    static let columns: [TableColumn<CachedResponseRecord>] = [
        .init("key", \.key), .init("format", \.format), .init("provider", \.provider), .init("model", \.model),
        .init("output", \.output), .init("stopReason", \.stopReason), .init("inputTokens", \.inputTokens),
        .init("outputTokens", \.outputTokens), .init("latencyMs", \.latencyMs), .init("fallbackUsed", \.fallbackUsed),
        .init("createdAt", \.createdAt),
    ]
    static let blank = CachedResponseRecord(
        key: "", provider: "", model: "", output: "", stopReason: "", inputTokens: 0, outputTokens: 0, latencyMs: 0,
        fallbackUsed: false, createdAt: Date(timeIntervalSince1970: 0))

    public enum Columns {
        static let key = Column("key")
    }

    /// The stored answer as a response.
    public var response: CompletionResponse {
        CompletionResponse(
            text: output, stopReason: StopReason(rawValue: stopReason) ?? .other,
            usage: TokenUsage(inputTokens: inputTokens, outputTokens: outputTokens), model: model, latencyMs: latencyMs)
    }
}

extension CachedResponseRecord {
    /// A row for `response`, answered by `provider`.
    public init(key: String, provider: String, response: CompletionResponse, fallbackUsed: Bool) {
        self.init(
            key: key, provider: provider, model: response.model, output: response.text,
            stopReason: response.stopReason.rawValue,
            inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens,
            latencyMs: response.latencyMs,
            fallbackUsed: fallbackUsed, createdAt: Date())
    }
}

extension ResultStore {
    /// The cached answers among `keys` (looked up in batches).
    public func cachedResponses(keys: [String]) throws(StoreError) -> [String: CachedResponseRecord] {
        try read { db in
            var found: [String: CachedResponseRecord] = [:]
            var start = 0
            while start < keys.count {
                let batch = Array(keys[start..<min(keys.count, start + 500)])
                for row in try CachedResponseRecord.filter(batch.contains(CachedResponseRecord.Columns.key)).fetchAll(
                    db)
                where row.format == CachedResponseRecord.formatVersion {
                    found[row.key] = row
                }
                start += 500
            }
            return found
        }
    }

    static func insert(_ entries: [CachedResponseRecord], db: Database) throws {
        for entry in entries { try entry.save(db) }
    }
}

// Reads and writes follow the column list (`StoredTable`); in an extension, so the memberwise
// initializer stays.
extension CachedResponseRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}
