import Foundation

/// A spreadsheet export read as RFC 4180 CSV: a header row, then records. Fields may be quoted
/// (`"a, b"`, `""` for a quote) and span lines; a byte-order mark and CRLF line ends are accepted.
struct CSVTable: Sendable, Equatable {
    /// One record: its fields and the file line it starts on (for messages).
    struct Row: Sendable, Equatable {
        let line: Int
        let fields: [String]
    }

    let header: [String]
    let rows: [Row]

    /// Parses `text`; every malformed record is reported in `bag` with its line. Blank lines are skipped.
    static func parse(
        _ text: String, separator: Character = ",", path: String, into bag: inout DiagnosticBag
    ) -> CSVTable? {
        var records: [Row] = []
        var fields: [String] = []
        var field = ""
        var quoted = false, inQuotes = false, afterQuote = false, broken = false
        var line = 1, recordLine = 1
        func endRecord() {
            fields.append(field)
            if !broken && !(fields.count == 1 && fields[0].isEmpty && !quoted) {
                records.append(Row(line: recordLine, fields: fields))
            }
            fields = []; field = ""; quoted = false; afterQuote = false; broken = false
        }
        var characters = text.unicodeScalars.makeIterator()
        if text.unicodeScalars.first == "\u{FEFF}" { _ = characters.next() }
        while let c = characters.next() {
            if inQuotes {
                if c == "\"" { inQuotes = false; afterQuote = true } else { field.unicodeScalars.append(c) }
                if c == "\n" { line += 1 }
                continue
            }
            switch c {
            case "\"" where afterQuote:
                field.append("\""); inQuotes = true; afterQuote = false
            case "\"" where field.isEmpty && !quoted:
                inQuotes = true; quoted = true
            case "\"":
                if !broken {
                    bag.append(
                        .error(
                            path, line: line,
                            "a quote inside an unquoted field; put the whole field in quotes and double the quotes inside it (\"say \"\"hi\"\"\")"
                        ))
                }
                broken = true
            case "\r":
                continue
            case "\n":
                endRecord(); line += 1; recordLine = line
            default:
                if c == separator.unicodeScalars.first, separator.unicodeScalars.count == 1 {
                    fields.append(field); field = ""; quoted = false; afterQuote = false
                } else if afterQuote {
                    if !broken {
                        bag.append(
                            .error(
                                path, line: line,
                                "text after a closing quote; put the whole field in quotes and double the quotes inside it"
                            ))
                    }
                    broken = true
                } else {
                    field.unicodeScalars.append(c)
                }
            }
        }
        if inQuotes {
            bag.append(
                .error(
                    path, line: recordLine,
                    "a quoted field is never closed (it starts in the record on this line); add the closing quote"))
            return nil
        }
        if !field.isEmpty || !fields.isEmpty || quoted { endRecord() }
        guard let first = records.first else {
            bag.append(.error(path, line: 1, "the file has no header row; the first row names the columns"))
            return nil
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [Row] = []
        for row in records.dropFirst() {
            guard row.fields.count == header.count else {
                bag.append(
                    .error(
                        path, line: row.line,
                        "the row has \(row.fields.count) fields but the header has \(header.count) columns; check the separators and quotes"
                    ))
                continue
            }
            rows.append(row)
        }
        return CSVTable(header: header, rows: rows)
    }
}
