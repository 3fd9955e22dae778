import GRDB

extension ResultStore {
    /// The schema version the database records (`PRAGMA user_version`).
    public func schemaVersion() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    /// Every shard run (`run --shard i/n`) in the database, oldest first.
    public func shardRuns() throws(StoreError) -> [RunRecord] {
        try read { db in
            try RunRecord.filter(sql: "json_extract(configJSON, '$.\(RunRecord.shardKey)') IS NOT NULL").order(
                RunRecord.Columns.id
            ).fetchAll(db)
        }
    }

    /// The distinct case ids that have a result in a run.
    public func caseIDs(runID: Int64) throws(StoreError) -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT DISTINCT caseID FROM result WHERE runID = ?", arguments: [runID]))
        }
    }
}
