import Foundation
import GRDB

// Row decoding for the records a run snapshot reads by the thousand: reading columns directly is
// several times cheaper than the Codable decoder, and a report of a large run loads every row.
// A NULL or mistyped column throws (never traps).

extension ResultRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), runID: try row.decode(forColumn: "runID"),
            caseID: try row.decode(forColumn: "caseID"), repeatIndex: try row.decode(forColumn: "repeatIndex"),
            verdict: try row.decode(forColumn: "verdict"),
            score: try row.decode(forColumn: "score"), reasonsJSON: try row.decode(forColumn: "reasonsJSON"),
            tagsJSON: try row.decode(forColumn: "tagsJSON"), outputRaw: try row.decode(forColumn: "outputRaw"),
            outputJSON: try row.decode(forColumn: "outputJSON"), parseMode: try row.decode(forColumn: "parseMode"),
            stopReason: try row.decode(forColumn: "stopReason"), latencyMs: try row.decode(forColumn: "latencyMs"),
            inputTokens: try row.decode(forColumn: "inputTokens"),
            outputTokens: try row.decode(forColumn: "outputTokens"), costUSD: try row.decode(forColumn: "costUSD"),
            modelUsed: try row.decode(forColumn: "modelUsed"),
            cacheHit: try row.decode(forColumn: "cacheHit"), attemptCount: try row.decode(forColumn: "attemptCount"),
            errorKind: try row.decode(forColumn: "errorKind"), errorMessage: try row.decode(forColumn: "errorMessage"),
            requestHash: try row.decode(forColumn: "requestHash"),
            createdAt: try StoredDate.decode(row, column: "createdAt"),
            fallbackUsed: try row.decode(forColumn: "fallbackUsed"))
    }
}

extension ScoreRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), resultID: try row.decode(forColumn: "resultID"),
            scorer: try row.decode(forColumn: "scorer"), status: try row.decode(forColumn: "status"),
            value: try row.decode(forColumn: "value"),
            hard: try row.decode(forColumn: "hard"), reasonsJSON: try row.decode(forColumn: "reasonsJSON"),
            detailsJSON: try row.decode(forColumn: "detailsJSON"))
    }
}

extension FieldScoreRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), resultID: try row.decode(forColumn: "resultID"),
            path: try row.decode(forColumn: "path"), status: try row.decode(forColumn: "status"),
            expectedJSON: try row.decode(forColumn: "expectedJSON"),
            actualJSON: try row.decode(forColumn: "actualJSON"), weight: try row.decode(forColumn: "weight"),
            matcher: try row.decode(forColumn: "matcher"), note: try row.decode(forColumn: "note"))
    }
}
