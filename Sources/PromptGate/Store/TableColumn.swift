import Foundation
import GRDB

/// One column of a stored table: its name, the value a record binds for it on insert, and how a
/// fetched value is set on a record. A table's column list (`StoredTable.columns`) is the one place
/// its columns are declared; inserts, reads by name and the snapshot's positional reads follow it.
///
/// `@unchecked Sendable`: the closures capture only the column's name and a key path, both immutable.
struct TableColumn<Record>: @unchecked Sendable {
    let name: String
    /// The value bound for a record when its row is inserted.
    let value: (Record) -> DatabaseValue
    /// Sets the record's property from the row's value at an index; throws (never traps) on a NULL
    /// where a value is required or a value of another type.
    let read: (inout Record, Row, Int) throws -> Void

    /// A column holding a number, text or boolean (NULL for nil when it is optional), read straight
    /// from SQLite: a run snapshot reads these by the hundred thousand.
    init<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ name: String, _ path: WritableKeyPath<Record, Value>
    ) {
        self.name = name
        value = { $0[keyPath: path].databaseValue }
        read = { record, row, index in record[keyPath: path] = try row.decode(Value.self, atIndex: index) }
    }

    /// A column holding an enum as its raw text.
    init<Value: RawRepresentable>(_ name: String, _ path: WritableKeyPath<Record, Value>)
    where Value.RawValue == String {
        self.name = name
        value = { $0[keyPath: path].rawValue.databaseValue }
        read = { record, row, index in
            let text = try row.decode(String.self, atIndex: index)
            guard let value = Value(rawValue: text) else {
                throw TableColumnError(column: name, problem: "holds \(text), which is not one of its values")
            }
            record[keyPath: path] = value
        }
    }

    /// A column holding a date as UTC text (`StoredDate`, not GRDB's ICU-backed formatter).
    init(_ name: String, _ path: WritableKeyPath<Record, Date>) {
        self.name = name
        value = { StoredDate.text($0[keyPath: path]).databaseValue }
        read = { record, row, index in record[keyPath: path] = try Self.date(row, index, column: name) }
    }

    /// A column holding an optional date (NULL for nil).
    init(_ name: String, _ path: WritableKeyPath<Record, Date?>) {
        self.name = name
        value = { $0[keyPath: path].map { StoredDate.text($0).databaseValue } ?? .null }
        read = { record, row, index in
            let stored = row[index] as DatabaseValue
            record[keyPath: path] = stored.isNull ? nil : try Self.date(row, index, column: name)
        }
    }

    private static func date(_ row: Row, _ index: Int, column: String) throws -> Date {
        let stored = row[index] as DatabaseValue
        guard let date = StoredDate.date(stored) else {
            throw TableColumnError(column: column, problem: "holds \(stored), not a date")
        }
        return date
    }
}

/// A stored row that does not fit its record (a column missing, a date or an enum value that is not
/// one): the database was changed by something other than promptgate.
struct TableColumnError: Error, CustomStringConvertible {
    let column: String
    let problem: String

    var description: String { "column \(column) \(problem)" }
}
