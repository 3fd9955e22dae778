import GRDB

/// Copies runs from an attached database into the main one generically: every table and column
/// as SQLite reports them (`PRAGMA table_info`, `PRAGMA foreign_key_list`), so columns and tables
/// added by later migrations flow through without a hand-written column list.
///
/// Rows that belong to a run through foreign keys (results, their scores, attempts, dead letters,
/// …) are copied with their ids shifted past the main database's and their references remapped;
/// rows that belong to no run (the response cache) are copied unless the main database has them.
struct RunRowCopy {
    /// The attached database's schema name.
    let source: String
    let db: Database

    /// Tables never copied: migration bookkeeping, and leases, which name a live process.
    static let skipped: Set<String> = ["grdb_migrations", "runLease"]

    /// A table as SQLite describes it.
    struct Table {
        let name: String
        let columns: [String]
        /// The INTEGER PRIMARY KEY column, whose values are shifted past the main database's.
        let rowIDColumn: String?
        /// Column → referenced table.
        let references: [String: String]
        /// Column → the referenced column (nil: the referenced table's primary key).
        let targets: [String: String]
    }

    /// The tables of the attached database; throws when one differs from the main database's.
    func tables() throws -> [Table] {
        let names = try String.fetchAll(
            db,
            sql:
                "SELECT name FROM \(source).sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return try names.filter { !Self.skipped.contains($0) }.map { name in
            let info = try Row.fetchAll(db, sql: "PRAGMA \(source).table_info(\(name.quotedDatabaseIdentifier))")
            let mainInfo = try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(name.quotedDatabaseIdentifier))")
            let columns = info.compactMap { $0["name"] as String? }
            let mainColumns = mainInfo.compactMap { $0["name"] as String? }
            guard columns == mainColumns else {
                throw RunRowCopyError.schemaDiffers(table: name, source: columns, main: mainColumns)
            }
            let keys = info.filter { ($0["pk"] as Int? ?? 0) > 0 }
            let rowID =
                keys.count == 1 && (keys[0]["type"] as String? ?? "").uppercased() == "INTEGER"
                ? keys[0]["name"] as String? : nil
            var references: [String: String] = [:], targets: [String: String] = [:]
            for key in try Row.fetchAll(db, sql: "PRAGMA \(source).foreign_key_list(\(name.quotedDatabaseIdentifier))")
            {
                guard let from = key["from"] as String? else { continue }
                references[from] = key["table"] as String?
                targets[from] = key["to"] as String?
            }
            return Table(name: name, columns: columns, rowIDColumn: rowID, references: references, targets: targets)
        }
    }

    /// Inserts one run row made from run `template` of the attached database with `overrides`
    /// (column → value) and returns its id.
    func insertRun(copying template: Int64, overrides: [String: (any DatabaseValueConvertible)?]) throws -> Int64 {
        guard let run = try tables().first(where: { $0.name == RunRecord.databaseTableName }) else {
            throw RunRowCopyError.schemaDiffers(table: RunRecord.databaseTableName, source: [], main: [])
        }
        let columns = run.columns.filter { $0 != run.rowIDColumn }
        var arguments: [(any DatabaseValueConvertible)?] = []
        let values = columns.map { column -> String in
            guard let value = overrides[column] else { return column.quotedDatabaseIdentifier }
            arguments.append(value)
            return "?"
        }
        arguments.append(template)
        try db.execute(
            sql:
                "INSERT INTO main.run (\(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) SELECT \(values.joined(separator: ", ")) FROM \(source).run WHERE id = ?",
            arguments: StatementArguments(arguments))
        return db.lastInsertedRowID
    }

    /// Copies every row that belongs to the attached runs `runIDs` into main run `target`, and
    /// the rows that belong to no run.
    func copyRows(ofRuns runIDs: [Int64], into target: Int64) throws {
        let all = try tables()
        // Row filter and id shift of each table already copied; `run` maps every source run to `target`.
        let runList = runIDs.map(String.init).joined(separator: ", ")
        var filters: [String: String] = [RunRecord.databaseTableName: "id IN (\(runList))"]
        var shifts: [String: String] = [RunRecord.databaseTableName: "\(target)"]
        var pending = all.filter { $0.name != RunRecord.databaseTableName }
        while let next = pending.firstIndex(where: { table in
            table.references.values.allSatisfy { filters[$0] != nil || $0 == table.name } && !table.references.isEmpty
        }) {
            let table = pending.remove(at: next)
            try copyOwned(table, filters: &filters, shifts: &shifts)
        }
        for table in pending { try copyShared(table) }
    }

    /// Copies the rows of a table that reference already-copied rows, remapping the references.
    private func copyOwned(_ table: Table, filters: inout [String: String], shifts: inout [String: String]) throws {
        let conditions = table.references.sorted { $0.key < $1.key }.compactMap { column, parent -> String? in
            guard let filter = filters[parent], parent != table.name else { return nil }
            let key = table.targets[column].map(\.quotedDatabaseIdentifier) ?? "rowid"
            return
                "\(column.quotedDatabaseIdentifier) IN (SELECT \(key) FROM \(source).\(parent.quotedDatabaseIdentifier) WHERE \(filter))"
        }
        let filter = conditions.joined(separator: " AND ")
        var shift = "0"
        if let rowID = table.rowIDColumn {
            let q = rowID.quotedDatabaseIdentifier, t = table.name.quotedDatabaseIdentifier
            let offset =
                try Int64.fetchOne(
                    db,
                    sql:
                        "SELECT COALESCE((SELECT MAX(\(q)) FROM main.\(t)), 0) - COALESCE((SELECT MIN(\(q)) FROM \(source).\(t) WHERE \(filter)), 1) + 1"
                ) ?? 0
            shift = "\(offset)"
        }
        let values = table.columns.map { column -> String in
            let q = column.quotedDatabaseIdentifier
            if column == table.rowIDColumn { return "\(q) + \(shift)" }
            guard let parent = table.references[column], let parentShift = shifts[parent] else { return q }
            // A run reference becomes the merged run; any other reference moves with its row.
            return parent == RunRecord.databaseTableName ? parentShift : "\(q) + \(parentShift)"
        }
        let t = table.name.quotedDatabaseIdentifier
        try db.execute(
            sql:
                "INSERT INTO main.\(t) (\(table.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) SELECT \(values.joined(separator: ", ")) FROM \(source).\(t) WHERE \(filter) ORDER BY rowid"
        )
        filters[table.name] = filter
        shifts[table.name] = shift
    }

    /// Copies the rows of a table that belongs to no run (e.g. the response cache), keeping the
    /// main database's row where both have one.
    private func copyShared(_ table: Table) throws {
        let t = table.name.quotedDatabaseIdentifier
        let columns = table.columns.filter { $0 != table.rowIDColumn }.map(\.quotedDatabaseIdentifier).joined(
            separator: ", ")
        try db.execute(sql: "INSERT OR IGNORE INTO main.\(t) (\(columns)) SELECT \(columns) FROM \(source).\(t)")
    }
}

/// The attached database's tables differ from the main database's.
enum RunRowCopyError: Error, CustomStringConvertible {
    case schemaDiffers(table: String, source: [String], main: [String])

    var description: String {
        switch self {
        case .schemaDiffers(let table, let source, let main):
            return
                "table `\(table)` differs (columns \(source.joined(separator: ", ")) here, \(main.joined(separator: ", ")) in the output)"
        }
    }
}
