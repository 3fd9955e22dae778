import Foundation
import GRDB

extension ResultStore {
    /// Stores finished cases — result, scores, field outcomes, attempts, dead letters and fresh cache entries —
    /// in one transaction with prepared statements, so a large run spends its time calling models,
    /// not encoding rows. Either every case of the batch is stored or none.
    public func save(_ cases: [CaseRows]) throws(StoreError) {
        guard !cases.isEmpty else { return }
        try write { db in
            let statements = try BatchStatements(db)
            for rows in cases {
                try statements.insert(rows, db: db)
            }
        }
    }

    /// `save(_:)` without blocking the calling thread: the write runs on the database's own
    /// queue while the caller is suspended.
    public func saveAsync(_ cases: [CaseRows]) async throws(StoreError) {
        guard !cases.isEmpty else { return }
        do {
            try await pool.write { db in
                let statements = try BatchStatements(db)
                for rows in cases {
                    try statements.insert(rows, db: db)
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
        result = try db.cachedStatement(
            sql: """
                INSERT INTO result (runID, caseID, repeatIndex, verdict, score, reasonsJSON, tagsJSON, outputRaw, outputJSON, parseMode,
                  stopReason, latencyMs, inputTokens, outputTokens, costUSD, modelUsed, cacheHit, attemptCount, errorKind, errorMessage,
                  requestHash, createdAt, fallbackUsed, requestJSON) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        score = try db.cachedStatement(
            sql:
                "INSERT INTO score (resultID, scorer, status, value, hard, reasonsJSON, detailsJSON) VALUES (?, ?, ?, ?, ?, ?, ?)"
        )
        field = try db.cachedStatement(
            sql: """
                INSERT INTO fieldScore (resultID, path, status, expectedJSON, actualJSON, weight, matcher, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        attempt = try db.cachedStatement(
            sql: """
                INSERT INTO attempt (runID, caseID, repeatIndex, attempt, phase, model, statusCode, errorKind, errorMessage, latencyMs, waitMs, startedAt,
                  costUSD, costEstimated, requestID, firstTokenMs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        cache = try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO responseCache (key, format, provider, model, output, stopReason, inputTokens, outputTokens, latencyMs,
                  fallbackUsed, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        deadLetter = try db.cachedStatement(
            sql: """
                INSERT INTO deadLetter (runID, caseID, repeatIndex, reason, rawOutput, attempts, reasks, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
    }

    func insert(_ rows: CaseRows, db: Database) throws {
        let row = rows.result
        try result.execute(arguments: [
            row.runID, row.caseID, row.repeatIndex, row.verdict, row.score, row.reasonsJSON, row.tagsJSON,
            row.outputRaw, row.outputJSON,
            row.parseMode, row.stopReason, row.latencyMs, row.inputTokens, row.outputTokens, row.costUSD, row.modelUsed,
            row.cacheHit,
            row.attemptCount, row.errorKind, row.errorMessage, row.requestHash, StoredDate.text(row.createdAt),
            row.fallbackUsed, row.requestJSON,
        ])
        let resultID = db.lastInsertedRowID
        for s in rows.scores {
            let r = s.score
            try score.execute(arguments: [resultID, r.scorer, r.status, r.value, r.hard, r.reasonsJSON, r.detailsJSON])
            for f in s.fields {
                try field.execute(arguments: [
                    resultID, f.path, f.status, f.expectedJSON, f.actualJSON, f.weight, f.matcher, f.note,
                ])
            }
        }
        for a in rows.attempts {
            try attempt.execute(arguments: [
                a.runID, a.caseID, a.repeatIndex, a.attempt, a.phase, a.model, a.statusCode, a.errorKind,
                a.errorMessage, a.latencyMs, a.waitMs,
                StoredDate.text(a.startedAt), a.costUSD, a.costEstimated, a.requestID, a.firstTokenMs,
            ])
        }
        if let d = rows.deadLetter {
            try deadLetter.execute(arguments: [
                d.runID, d.caseID, d.repeatIndex, d.reason, d.rawOutput, d.attempts, d.reasks,
                StoredDate.text(d.createdAt),
            ])
        }
        for c in rows.cacheWrites {
            try cache.execute(arguments: [
                c.key, c.format, c.provider, c.model, c.output, c.stopReason, c.inputTokens, c.outputTokens,
                c.latencyMs, c.fallbackUsed, StoredDate.text(c.createdAt),
            ])
        }
    }
}
