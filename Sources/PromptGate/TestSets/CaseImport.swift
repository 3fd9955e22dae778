import Foundation

/// `promptgate import <testset> --csv FILE`: turns a spreadsheet export into `cases.jsonl`. Columns
/// map to a case by header (`id`, `tags`, `expected.<field>`, `vars.<name>`, any other header is a
/// template variable) or by `--map COLUMN=TARGET`; expected cells are read as the types
/// `schema.json` gives them. Every problem is reported with its row; nothing is written then.
public enum CaseImport {
    /// What to do when the test set already has cases.
    public enum Mode: Sendable {
        /// Refuse (the default): an import never silently replaces golden cases.
        case create
        /// Add the imported cases after the existing ones (ids must not clash).
        case append
        /// Replace the file.
        case replace
    }

    /// What was written.
    public struct Outcome: Sendable, Equatable {
        public let cases: Int
        /// `cases.jsonl`, relative to the project root.
        public let file: String
    }

    /// Imports `csv` (shown as `csvDisplay` in messages) into test set `name`.
    public static func run(
        config: ProjectConfig, testSet name: String, csv: URL, csvDisplay: String, mappings: [String] = [],
        separator: Character = ",", mode: Mode = .create
    ) throws(InputError) -> Outcome {
        let folder = config.testsetsURL.appendingPathComponent(name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw InputError(
                .error(
                    config.display(folder),
                    "no test set named `\(name)`; create the folder with a schema.json first (the schema decides the types of expected fields)"
                ))
        }
        let schema = try loadSchema(folder.appendingPathComponent("schema.json"), config: config)
        var bag = DiagnosticBag()
        let text = try TextFile.read(csv.path, display: csvDisplay)
        guard let table = CSVTable.parse(text, separator: separator, path: csvDisplay, into: &bag) else {
            throw InputError(bag.errors)
        }
        let targets = try columnTargets(table.header, mappings: mappings, path: csvDisplay)
        let casesURL = folder.appendingPathComponent("cases.jsonl")
        let casesDisplay = config.display(casesURL)
        let existing = try existingText(casesURL, display: casesDisplay, mode: mode)
        var seen = Dictionary(
            existingIDs(existing).map { ($0.id, "line \($0.line) of \(casesDisplay)") },
            uniquingKeysWith: { first, _ in first })
        var lines: [String] = []
        for row in table.rows {
            guard
                let line = caseLine(
                    row, header: table.header, targets: targets, schema: schema, path: csvDisplay, seen: &seen,
                    into: &bag)
            else { continue }
            lines.append(line)
        }
        if table.rows.isEmpty { bag.append(.error(csvDisplay, line: 1, "the file has a header but no rows to import")) }
        if bag.hasErrors { throw InputError(bag.errors) }
        var output = existing
        if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
        output += lines.map { $0 + "\n" }.joined()
        do {
            try Data(output.utf8).write(to: casesURL, options: .atomic)
        } catch {
            throw InputError(
                .error(casesDisplay, "could not write the file: \(error.localizedDescription); nothing was written"))
        }
        return Outcome(cases: lines.count, file: casesDisplay)
    }

    /// Each column's target: the header's default unless `--map COLUMN=TARGET` names it.
    static func columnTargets(_ header: [String], mappings: [String], path: String) throws(InputError) -> [ColumnTarget]
    {
        var targets = header.map(ColumnTarget.init(header:))
        var problems: [Diagnostic] = []
        for mapping in mappings {
            let parts = mapping.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let target = ColumnTarget(parsing: parts[1]) else {
                problems.append(
                    .error(
                        path,
                        "--map \(mapping): write COLUMN=TARGET with TARGET id, tags, ignore, vars.<name> or expected.<field>"
                    ))
                continue
            }
            guard let column = header.firstIndex(of: parts[0]) else {
                problems.append(
                    .error(
                        path, line: 1,
                        "--map \(mapping): no column `\(parts[0])`; the columns are \(header.map { "`\($0)`" }.joined(separator: ", "))"
                    ))
                continue
            }
            targets[column] = target
        }
        for (index, name) in header.enumerated() where header[..<index].contains(name) {
            problems.append(.error(path, line: 1, "column `\(name)` appears twice; rename one or map it with --map"))
        }
        let idColumns = targets.filter { $0 == .id }.count
        if idColumns != 1 {
            problems.append(
                .error(
                    path, line: 1,
                    idColumns == 0
                        ? "no `id` column; name one column `id` or map one with --map COLUMN=id"
                        : "more than one column maps to `id`"))
        }
        if !problems.isEmpty { throw InputError(problems) }
        return targets
    }

    private static func caseLine(
        _ row: CSVTable.Row, header: [String], targets: [ColumnTarget], schema: JSONValue?, path: String,
        seen: inout [String: String], into bag: inout DiagnosticBag
    ) -> String? {
        var id = "", vars: [String: JSONValue] = [:], tags: [String] = [], expected: JSONValue?
        var ok = true
        for (index, cell) in row.fields.enumerated() {
            switch targets[index] {
            case .id: id = cell.trimmingCharacters(in: .whitespaces)
            case .tags:
                tags = cell.split(whereSeparator: { $0 == ";" || $0 == "," }).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }.filter { !$0.isEmpty }
            case .variable(let name): vars[name] = .string(cell)
            case .ignore: break
            case .expected(let fieldPath):
                do {
                    if expected == nil { expected = .object([:]) }
                    if let value = try ExpectedCell.value(cell, types: ExpectedCell.types(at: fieldPath, in: schema)) {
                        expected = setting(value, at: fieldPath[...], in: expected ?? .object([:]))
                    }
                } catch {
                    bag.append(.error(path, line: row.line, "column `\(header[index])`: \(error.text)"))
                    ok = false
                }
            }
        }
        guard !id.isEmpty else {
            bag.append(.error(path, line: row.line, "the id cell is empty; every case needs a unique id"))
            return nil
        }
        if let first = seen[id] {
            bag.append(
                .error(
                    path, line: row.line, caseID: id, "duplicate case id (already used on \(first)); ids must be unique"
                ))
            return nil
        }
        seen[id] = "line \(row.line)"
        if let expected, let schema, let validator = try? JSONSchema(schema) {
            for violation in validator.validate(expected).prefix(5) {
                bag.append(
                    .error(path, line: row.line, caseID: id, "expected output does not match schema.json: \(violation)")
                )
                ok = false
            }
        }
        return ok ? CaseLine.text(id: id, vars: vars, expected: expected, tags: tags) : nil
    }

    private static func setting(_ value: JSONValue, at path: ArraySlice<String>, in container: JSONValue) -> JSONValue {
        guard let key = path.first else { return value }
        var object = container.objectValue ?? [:]
        object[key] = setting(value, at: path.dropFirst(), in: object[key] ?? .object([:]))
        return .object(object)
    }

    private static func loadSchema(_ url: URL, config: ProjectConfig) throws(InputError) -> JSONValue? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let display = config.display(url)
        let text = try TextFile.read(url.path, display: display)
        guard let schema = try? JSONParser.parse(text), (try? JSONSchema(schema)) != nil else {
            throw InputError(
                .error(display, "not a valid JSON Schema; `promptgate check` shows why, fix it before importing"))
        }
        return schema
    }

    private static func existingText(_ url: URL, display: String, mode: Mode) throws(InputError) -> String {
        guard mode != .replace, FileManager.default.fileExists(atPath: url.path) else { return "" }
        let text = try TextFile.read(url.path, display: display)
        guard mode == .append || text.allSatisfy(\.isWhitespace) else {
            throw InputError(
                .error(
                    display,
                    "the test set already has cases; pass --append to add the imported ones or --replace to replace them (nothing was written)"
                ))
        }
        return text
    }

    private static func existingIDs(_ text: String) -> [(id: String, line: Int)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            (try? JSONParser.parse(String(line)))?.objectValue?["id"]?.stringValue.map { ($0, index + 1) }
        }
    }
}
