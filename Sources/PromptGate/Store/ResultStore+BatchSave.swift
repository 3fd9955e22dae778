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

/// The prepared INSERT statements of one batch, each built from its table's column list.
private struct BatchStatements {
    let result: Statement
    let score: Statement
    let field: Statement
    let attempt: Statement
    let cache: Statement
    let deadLetter: Statement

    init(_ db: Database) throws {
        result = try db.cachedStatement(sql: ResultRecord.insertSQL())
        score = try db.cachedStatement(sql: ScoreRecord.insertSQL())
        field = try db.cachedStatement(sql: FieldScoreRecord.insertSQL())
        attempt = try db.cachedStatement(sql: AttemptRecord.insertSQL())
        cache = try db.cachedStatement(sql: CachedResponseRecord.insertSQL("INSERT OR REPLACE"))
        deadLetter = try db.cachedStatement(sql: DeadLetterRecord.insertSQL())
    }

    func insert(_ rows: CaseRows, db: Database) throws {
        try result.execute(arguments: rows.result.insertArguments)
        let resultID = db.lastInsertedRowID
        for s in rows.scores {
            var score = s.score
            score.resultID = resultID
            try self.score.execute(arguments: score.insertArguments)
            for var f in s.fields {
                f.resultID = resultID
                try field.execute(arguments: f.insertArguments)
            }
        }
        for a in rows.attempts { try attempt.execute(arguments: a.insertArguments) }
        if let d = rows.deadLetter { try deadLetter.execute(arguments: d.insertArguments) }
        for c in rows.cacheWrites { try cache.execute(arguments: c.insertArguments) }
    }
}
