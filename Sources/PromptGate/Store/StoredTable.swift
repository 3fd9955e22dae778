import GRDB

/// A record stored in one table whose columns are declared once, in `columns`: GRDB's inserts and
/// fetches (`encodeColumns`, `init(named:)`), the batch insert (`insertSQL`, `insertArguments`) and
/// the snapshot's positional reads (`selectList`, `init(row:columns:)`) all follow that list.
/// Adding a column is one entry there (with its property) and an append-only migration;
/// `StoredTableTests` checks every list against the migrated table.
protocol StoredTable: FetchableRecord, TableRecord {
    /// Every column of the table, in the order inserts and select lists use.
    static var columns: [TableColumn<Self>] { get }
    /// The record reads start from: what a column left out of a select list reads as.
    static var blank: Self { get }
}

extension StoredTable {
    /// `INSERT INTO table (columns) VALUES (?, …)` without `id`, which SQLite assigns; `verb` may be
    /// `INSERT OR REPLACE`.
    static func insertSQL(_ verb: String = "INSERT") -> String {
        let names = columns.map(\.name).filter { $0 != "id" }
        let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
        return "\(verb) INTO \(databaseTableName) (\(names.joined(separator: ", "))) VALUES (\(marks))"
    }

    /// The values `insertSQL` binds for this record. (Built as optional existentials: GRDB's
    /// initializer for a sequence of concrete values creates a key path on every call.)
    var insertArguments: StatementArguments {
        var values: [(any DatabaseValueConvertible)?] = []
        values.reserveCapacity(Self.columns.count)
        for column in Self.columns where column.name != "id" { values.append(column.value(self)) }
        return StatementArguments(values)
    }

    /// Every column's value, for GRDB's `insert` and `save`.
    func encodeColumns(to container: inout PersistenceContainer) {
        for column in Self.columns { container[column.name] = column.value(self) }
    }

    /// `table.a, table.b, …` for `columns` (default: all): the select list `init(row:columns:)` reads.
    static func selectList(_ columns: [TableColumn<Self>] = columns) -> String {
        columns.map { "\(databaseTableName).\($0.name)" }.joined(separator: ", ")
    }

    /// A record from a row holding every column, found by name (`SELECT *`: usually in the list's
    /// order, so each name is looked for first where the list has it).
    init(named row: Row) throws {
        let names = Array(row.columnNames)
        var record = Self.blank
        for (position, column) in Self.columns.enumerated() {
            let index =
                position < names.count && names[position] == column.name
                ? position : names.firstIndex(of: column.name)
            guard let index else { throw TableColumnError(column: column.name, problem: "is missing from the row") }
            try column.read(&record, row, index)
        }
        self = record
    }

    /// A record from a row whose values are `columns` in order (`selectList(columns)`); the columns
    /// left out keep `blank`'s values.
    init(row: Row, columns: [TableColumn<Self>]) throws {
        var record = Self.blank
        for (index, column) in columns.enumerated() { try column.read(&record, row, index) }
        self = record
    }
}
