import GRDB

extension ResultStore {
    /// A run by id.
    public func run(id: Int64) throws(StoreError) -> RunRecord? {
        try read { db in try RunRecord.fetchOne(db, key: id) }
    }

    /// The newest completed run of a whole prompt version, or nil. A shard run (`run --shard`)
    /// covers part of the cases and never counts as one: `promptgate merge` makes it whole.
    public func latestCompletedRun(prompt: String, version: Int) throws(StoreError) -> RunRecord? {
        try read { db in
            try RunRecord
                .filter(
                    RunRecord.Columns.prompt == prompt && RunRecord.Columns.version == version
                        && RunRecord.Columns.status == RunRecord.Status.completed.rawValue
                )
                .filter(sql: "json_extract(configJSON, '$.\(RunRecord.shardKey)') IS NULL")
                .order(RunRecord.Columns.id.desc)
                .fetchOne(db)
        }
    }

    /// The completed whole runs of a prompt version, newest first (one version can hold runs of
    /// several inputs: `ci` gates a version against itself at the base ref when its config changed).
    public func completedRuns(prompt: String, version: Int) throws(StoreError) -> [RunRecord] {
        try read { db in
            try RunRecord
                .filter(
                    RunRecord.Columns.prompt == prompt && RunRecord.Columns.version == version
                        && RunRecord.Columns.status == RunRecord.Status.completed.rawValue
                )
                .filter(sql: "json_extract(configJSON, '$.\(RunRecord.shardKey)') IS NULL")
                .order(RunRecord.Columns.id.desc)
                .fetchAll(db)
        }
    }

    /// The share of a run's stored results that ended in a provider error (1 for a run without
    /// results), as `CandidateErrors.errorShare` computes it from a loaded snapshot.
    public func errorShare(runID: Int64) throws(StoreError) -> Double {
        try read { db in
            let row = try Row.fetchOne(
                db,
                sql: "SELECT COUNT(*) AS total, COALESCE(SUM(verdict = ?), 0) AS errors FROM result WHERE runID = ?",
                arguments: [Verdict.error.rawValue, runID])
            let total: Int = row?["total"] ?? 0
            let errors: Int = row?["errors"] ?? 0
            return total == 0 ? 1 : Double(errors) / Double(total)
        }
    }

    /// Every run of a prompt, oldest first.
    public func runs(prompt: String) throws(StoreError) -> [RunRecord] {
        try read { db in
            try RunRecord.filter(RunRecord.Columns.prompt == prompt).order(RunRecord.Columns.id).fetchAll(db)
        }
    }

    /// The results of a run, ordered by case id and repeat.
    public func results(runID: Int64) throws(StoreError) -> [ResultRecord] {
        try read { db in
            try ResultRecord.filter(ResultRecord.Columns.runID == runID)
                .order(ResultRecord.Columns.caseID, ResultRecord.Columns.repeatIndex).fetchAll(db)
        }
    }

    /// The scores of a run, grouped by result id.
    public func scores(runID: Int64) throws(StoreError) -> [Int64: [ScoreRecord]] {
        try read { db in
            let rows = try ScoreRecord.fetchAll(
                db,
                sql:
                    "SELECT score.* FROM score JOIN result ON result.id = score.resultID WHERE result.runID = ? ORDER BY score.id",
                arguments: [runID])
            return Dictionary(grouping: rows, by: \.resultID)
        }
    }

    /// The field outcomes of a run, grouped by result id.
    public func fieldScores(runID: Int64) throws(StoreError) -> [Int64: [FieldScoreRecord]] {
        try read { db in
            let rows = try FieldScoreRecord.fetchAll(
                db,
                sql:
                    "SELECT fieldScore.* FROM fieldScore JOIN result ON result.id = fieldScore.resultID WHERE result.runID = ? ORDER BY fieldScore.id",
                arguments: [runID])
            return Dictionary(grouping: rows, by: \.resultID)
        }
    }
}

extension ResultStore {
    /// The (case, repeat) pairs that have a stored result in a run.
    public func storedKeys(runID: Int64) throws(StoreError) -> Set<CaseKey> {
        try read { db in
            var keys = Set<CaseKey>()
            let rows = try Row.fetchCursor(
                db, sql: "SELECT caseID, repeatIndex FROM result WHERE runID = ?", arguments: [runID])
            while let row = try rows.next() { keys.insert(CaseKey(caseID: row[0], repeatIndex: row[1])) }
            return keys
        }
    }
}

extension ResultStore {
    /// SQLite's own consistency check of the whole file: "ok" when the database is sound.
    public func integrityCheck() throws(StoreError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}

extension ResultStore {
    /// Cases of a run that went to the dead-letter queue (0 before that table exists).
    public func deadLetterCount(runID: Int64) throws(StoreError) -> Int {
        try read { db in
            guard try db.tableExists("deadLetter") else { return 0 }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM deadLetter WHERE runID = ?", arguments: [runID]) ?? 0
        }
    }
}
