import Foundation
import GRDB

/// A row of `run`: one execution of a prompt version over its test set.
public struct RunRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDates {
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

    public enum Columns {
        static let prompt = Column(CodingKeys.prompt)
        static let version = Column(CodingKeys.version)
        static let status = Column(CodingKeys.status)
        static let id = Column(CodingKeys.id)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// `prompt@vN`.
    public var reference: String { "\(prompt)@v\(version)" }
}

/// A row of `result`: one case and repeat of a run.
public struct ResultRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord, StoresDates {
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

    public enum Columns {
        static let runID = Column(CodingKeys.runID)
        static let caseID = Column(CodingKeys.caseID)
        static let repeatIndex = Column(CodingKeys.repeatIndex)
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
public struct ScoreRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "score"

    public var id: Int64?
    public var resultID: Int64
    public var scorer: String
    public var status: ScoreStatus
    public var value: Double
    public var hard: Bool
    public var reasonsJSON: String
    public var detailsJSON: String?

    public enum Columns {
        static let resultID = Column(CodingKeys.resultID)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var reasons: [String] { StoreJSON.strings(reasonsJSON) }
    public var details: JSONValue? { detailsJSON.flatMap { try? JSONParser.parse($0) } }
}

/// A row of `fieldScore`: how one output field compared with the expected value.
public struct FieldScoreRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
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

    public enum Columns {
        static let resultID = Column(CodingKeys.resultID)
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
