import Foundation
import GRDB

/// A row of `run`: one execution of a prompt version over its test set.
public struct RunRecord: Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoredTable {
    public static let databaseTableName = "run"
    /// The run row format version.
    public static let formatVersion = 1

    /// running: in progress or killed; completed; aborted: stopped early on purpose (budget,
    /// breaker) with a reason; failed: could not run.
    public enum Status: String, Codable, Sendable {
        case running, completed, aborted, failed
        /// Stopped by SIGINT/SIGTERM; the next run of the same inputs finishes it.
        case interrupted
    }

    public var id: Int64?
    public var format: Int = RunRecord.formatVersion
    public var prompt: String
    public var version: Int
    public var promptHash: String
    public var testset: String
    public var testsetHash: String
    public var provider: String
    public var model: String
    public var repeats: Int
    public var caseCount: Int
    public var configJSON: String
    public var status: Status
    public var abortReason: String?
    public var startedAt: Date
    public var finishedAt: Date?

    /// The `run` table's columns: the one list inserts and reads follow.
    static let columns: [TableColumn<RunRecord>] = [
        .init("id", \.id), .init("format", \.format), .init("prompt", \.prompt), .init("version", \.version),
        .init("promptHash", \.promptHash), .init("testset", \.testset), .init("testsetHash", \.testsetHash),
        .init("provider", \.provider), .init("model", \.model), .init("repeats", \.repeats),
        .init("caseCount", \.caseCount), .init("configJSON", \.configJSON), .init("status", \.status),
        .init("abortReason", \.abortReason), .init("startedAt", \.startedAt), .init("finishedAt", \.finishedAt),
    ]
    static let blank = RunRecord(
        prompt: "", version: 0, promptHash: "", testset: "", testsetHash: "", provider: "", model: "", repeats: 0,
        caseCount: 0, configJSON: "", status: .running, startedAt: Date(timeIntervalSince1970: 0))

    public enum Columns {
        static let prompt = Column("prompt")
        static let version = Column("version")
        static let status = Column("status")
        static let id = Column("id")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// `prompt@vN`.
    public var reference: String { "\(prompt)@v\(version)" }
}

/// A row of `result`: one case and repeat of a run.
public struct ResultRecord: Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoredTable {
    public static let databaseTableName = "result"

    public var id: Int64?
    public var runID: Int64
    public var caseID: String
    public var repeatIndex: Int
    public var verdict: Verdict
    public var score: Double
    public var reasonsJSON: String
    public var tagsJSON: String
    public var outputRaw: String?
    public var outputJSON: String?
    public var parseMode: ParseMode
    public var stopReason: String?
    public var latencyMs: Double
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Double
    public var modelUsed: String?
    public var cacheHit: Bool
    public var attemptCount: Int
    public var errorKind: String?
    public var errorMessage: String?
    public var requestHash: String
    public var createdAt: Date
    /// The rendered request (messages and parameters) as canonical JSON, for review samples.
    public var requestJSON: String?
    /// True when the prompt's fallback model gave the answer (`modelUsed` names it).
    public var fallbackUsed: Bool = false

    /// The `result` table's columns: the one list inserts and reads follow.
    static let columns: [TableColumn<ResultRecord>] = [
        .init("id", \.id), .init("runID", \.runID), .init("caseID", \.caseID), .init("repeatIndex", \.repeatIndex),
        .init("verdict", \.verdict), .init("score", \.score), .init("reasonsJSON", \.reasonsJSON),
        .init("tagsJSON", \.tagsJSON), .init("outputRaw", \.outputRaw), .init("outputJSON", \.outputJSON),
        .init("parseMode", \.parseMode), .init("stopReason", \.stopReason), .init("latencyMs", \.latencyMs),
        .init("inputTokens", \.inputTokens), .init("outputTokens", \.outputTokens), .init("costUSD", \.costUSD),
        .init("modelUsed", \.modelUsed), .init("cacheHit", \.cacheHit), .init("attemptCount", \.attemptCount),
        .init("errorKind", \.errorKind), .init("errorMessage", \.errorMessage), .init("requestHash", \.requestHash),
        .init("createdAt", \.createdAt), .init("requestJSON", \.requestJSON), .init("fallbackUsed", \.fallbackUsed),
    ]
    /// The columns a run snapshot reads: the large texts (raw and parsed output, the request and its
    /// hash), which reports and diffs do not use, are left out and read as `blank`'s.
    static let snapshotColumns = columns.filter {
        !["outputRaw", "outputJSON", "requestHash", "requestJSON"].contains($0.name)
    }
    static let blank = ResultRecord(
        id: nil, runID: 0, caseID: "", repeatIndex: 0, verdict: .error, score: 0, reasonsJSON: "[]", tagsJSON: "[]",
        outputRaw: nil, outputJSON: nil, parseMode: .failed, stopReason: nil, latencyMs: 0, inputTokens: 0,
        outputTokens: 0, costUSD: 0, modelUsed: nil, cacheHit: false, attemptCount: 0, errorKind: nil,
        errorMessage: nil, requestHash: "", createdAt: Date(timeIntervalSince1970: 0))

    public enum Columns {
        static let runID = Column("runID")
        static let caseID = Column("caseID")
        static let repeatIndex = Column("repeatIndex")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The failure reasons.
    public var reasons: [String] { StoreJSON.strings(reasonsJSON) }
    /// The case's tags at run time.
    public var tags: [String] { StoreJSON.strings(tagsJSON) }
    /// The parsed output, when there was one.
    public var output: JSONValue? { outputJSON.flatMap { try? JSONParser.parse($0) } }
}

/// A row of `score`: one scorer's result for one case and repeat.
public struct ScoreRecord: Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoredTable {
    public static let databaseTableName = "score"

    public var id: Int64?
    public var resultID: Int64
    public var scorer: String
    public var status: ScoreStatus
    public var value: Double
    public var hard: Bool
    public var reasonsJSON: String
    public var detailsJSON: String?

    /// The `score` table's columns.
    static let columns: [TableColumn<ScoreRecord>] = [
        .init("id", \.id), .init("resultID", \.resultID), .init("scorer", \.scorer), .init("status", \.status),
        .init("value", \.value), .init("hard", \.hard), .init("reasonsJSON", \.reasonsJSON),
        .init("detailsJSON", \.detailsJSON),
    ]
    static let blank = ScoreRecord(
        id: nil, resultID: 0, scorer: "", status: .unscored, value: 0, hard: false, reasonsJSON: "[]", detailsJSON: nil)

    public enum Columns {
        static let resultID = Column("resultID")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var reasons: [String] { StoreJSON.strings(reasonsJSON) }
    public var details: JSONValue? { detailsJSON.flatMap { try? JSONParser.parse($0) } }
}

/// A row of `fieldScore`: how one output field compared with the expected value.
public struct FieldScoreRecord: Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoredTable {
    public static let databaseTableName = "fieldScore"

    public var id: Int64?
    public var resultID: Int64
    public var path: String
    public var status: FieldOutcome.Status
    public var expectedJSON: String?
    public var actualJSON: String?
    public var weight: Double
    public var matcher: String
    public var note: String?

    /// The `fieldScore` table's columns.
    static let columns: [TableColumn<FieldScoreRecord>] = [
        .init("id", \.id), .init("resultID", \.resultID), .init("path", \.path), .init("status", \.status),
        .init("expectedJSON", \.expectedJSON), .init("actualJSON", \.actualJSON), .init("weight", \.weight),
        .init("matcher", \.matcher), .init("note", \.note),
    ]
    static let blank = FieldScoreRecord(
        id: nil, resultID: 0, path: "", status: .missing, expectedJSON: nil, actualJSON: nil, weight: 0, matcher: "",
        note: nil)

    public enum Columns {
        static let resultID = Column("resultID")
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// JSON text helpers for list columns.
enum StoreJSON {
    static func encode(_ strings: [String]) -> String {
        JSONWriter.canonical(.array(strings.map(JSONValue.string)))
    }

    static func strings(_ text: String) -> [String] {
        (try? JSONParser.parse(text))?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}

extension Verdict: DatabaseValueConvertible {}
extension ParseMode: DatabaseValueConvertible {}
extension ScoreStatus: DatabaseValueConvertible {}
extension FieldOutcome.Status: DatabaseValueConvertible {}
extension RunRecord.Status: DatabaseValueConvertible {}

extension RunRecord {
    /// The review sample's seed, derived from what the run was made of (prompt and test set), so
    /// re-running the same inputs picks the same cases and a committed report does not change.
    public var sampleSeed: UInt64 {
        let hex = ContentHash.of(promptHash + "\n" + testsetHash).dropFirst("sha256:".count).prefix(16)
        return UInt64(hex, radix: 16) ?? 0
    }
}

// Reads and writes follow the column list (`StoredTable`); in an extension, so the memberwise
// initializer stays.
extension RunRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}

extension ResultRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}

extension ScoreRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}

extension FieldScoreRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}
