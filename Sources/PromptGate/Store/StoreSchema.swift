import GRDB

/// The schema version a database records in `PRAGMA user_version`: the number of migrations this
/// build knows once they are all applied. A database that records a higher version, or names a
/// migration this build does not know, was written by a newer promptgate and is refused before
/// anything is written to it.
enum StoreSchema {
    /// The version this build writes and reads.
    static let version = Migrations.migrator.migrations.count

    /// Throws `newerSchema` when the database is ahead of this build.
    static func checkNotNewer(_ db: Database, path: String) throws(StoreError) {
        let recorded: Int
        let unknown: [String]
        do {
            recorded = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let known = Set(Migrations.migrator.migrations)
            unknown = try Migrations.migrator.appliedIdentifiers(db).subtracting(known).sorted()
        } catch {
            throw StoreError.readFailed(path: path, reason: "\(error)")
        }
        guard recorded <= version, unknown.isEmpty else {
            let found =
                recorded > version
                ? "schema version \(recorded)"
                : "schema version \(max(recorded, version + 1)) or later (migration `\(unknown.first ?? "")` is unknown here)"
            throw StoreError.newerSchema(path: path, found: found, supported: version)
        }
    }

    /// Records this build's version (after every migration ran).
    static func record(_ db: Database) throws {
        let recorded = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if recorded < version { try db.execute(sql: "PRAGMA user_version = \(version)") }
    }
}
