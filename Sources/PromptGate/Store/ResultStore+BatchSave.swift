import Foundation
import GRDB

extension ResultStore {
    /// Stores finished cases — result, scores, field outcomes, attempts, dead letters and fresh cache entries —
    /// in one transaction with prepared statements, so a large run spends its time calling models,
    /// not encoding rows. Either every case of the batch is stored or none.
    public func save(_ results: [CaseResult], runID: Int64) throws(StoreError) {
        guard !results.isEmpty else { return }
        try write { db in
            let statements = try BatchStatements(db)
            for result in results {
                try statements.insert(result, runID: runID, db: db)
            }
        }
    }

    /// `save(_:runID:)` without blocking the calling thread: the write runs on the database's own
    /// queue while the caller is suspended.
    public func saveAsync(_ results: [CaseResult], runID: Int64) async throws(StoreError) {
        guard !results.isEmpty else { return }
        do {
            try await pool.write { db in
                let statements = try BatchStatements(db)
                for result in results {
                    try statements.insert(result, runID: runID, db: db)
                }
            }
        } catch {
            throw StoreError.writeFailed(path: path, reason: "\(error)")
        }
    }
}

/// The prepared INSERT statements of one batch.
private struct BatchStatements {
    let result: Statement
    let score: Statement
    let field: Statement
    let attempt: Statement
    let cache: Statement
    let deadLetter: Statement

    init(_ db: Database) throws {
        result = try db.cachedStatement(sql: """
            INSERT INTO result (runID, caseID, repeatIndex, verdict, score, reasonsJSON, tagsJSON, outputRaw, outputJSON, parseMode,
              stopReason, latencyMs, inputTokens, outputTokens, costUSD, modelUsed, cacheHit, attemptCount, errorKind, errorMessage,
              requestHash, createdAt, fallbackUsed, requestJSON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        score = try db.cachedStatement(sql: "INSERT INTO score (resultID, scorer, status, value, hard, reasonsJSON, detailsJSON) VALUES (?, ?, ?, ?, ?, ?, ?)")
        field = try db.cachedStatement(sql: """
            INSERT INTO fieldScore (resultID, path, status, expectedJSON, actualJSON, weight, matcher, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        attempt = try db.cachedStatement(sql: """
            INSERT INTO attempt (runID, caseID, repeatIndex, attempt, phase, model, statusCode, errorKind, errorMessage, latencyMs, waitMs, startedAt,
              costUSD, costEstimated, requestID, firstTokenMs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        cache = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO responseCache (key, format, provider, model, output, stopReason, inputTokens, outputTokens, latencyMs,
              fallbackUsed, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        deadLetter = try db.cachedStatement(sql: """
            INSERT INTO deadLetter (runID, caseID, repeatIndex, reason, rawOutput, attempts, reasks, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func insert(_ r: CaseResult, runID: Int64, db: Database) throws {
        let row = ResultRecord(r, runID: runID)
        try result.execute(arguments: [
            row.runID, row.caseID, row.repeatIndex, row.verdict, row.score, row.reasonsJSON, row.tagsJSON, row.outputRaw, row.outputJSON,
            row.parseMode, row.stopReason, row.latencyMs, row.inputTokens, row.outputTokens, row.costUSD, row.modelUsed, row.cacheHit,
            row.attemptCount, row.errorKind, row.errorMessage, row.requestHash, StoredDate.text(row.createdAt), row.fallbackUsed, row.requestJSON,
        ])
        let resultID = db.lastInsertedRowID
        for s in r.evaluation?.scores ?? [] {
            try score.execute(arguments: [resultID, s.scorer, s.status, s.value, s.hard, StoreJSON.encode(s.reasons), s.details.map(JSONWriter.canonical)])
            for f in s.fields {
                try field.execute(arguments: [
                    resultID, f.path, f.status, f.expected.map(JSONWriter.canonical), f.actual.map(JSONWriter.canonical), f.weight, f.matcher, f.note,
                ])
            }
        }
        for a in r.attempts {
            try attempt.execute(arguments: [
                runID, r.caseID, r.repeatIndex, a.number, a.phase, a.model, a.statusCode, a.errorKind, a.errorMessage, a.latencyMs, a.waitMs, StoredDate.text(a.startedAt),
                a.costUSD, a.costEstimated, a.requestID, a.firstTokenMs,
            ])
        }
        if let d = r.deadLetter {
            try deadLetter.execute(arguments: [runID, r.caseID, r.repeatIndex, d.reason, d.rawOutput, d.attempts, d.reasks, StoredDate.text(row.createdAt)])
        }
        for c in r.cacheWrites {
            try cache.execute(arguments: [
                c.key, c.format, c.provider, c.model, c.output, c.stopReason, c.inputTokens, c.outputTokens, c.latencyMs, c.fallbackUsed, StoredDate.text(c.createdAt),
            ])
        }
    }
}
