import Foundation

/// Reads an expected-output cell of a spreadsheet as the JSON type `schema.json` gives its field:
/// `12.5` for a number, `true`/`yes` for a boolean, a JSON literal for a list or object, text
/// otherwise. An empty cell is `null` where the schema allows it, else the field is left out.
enum ExpectedCell {
    /// The JSON types `schema` allows at `path` (via `properties`), or nil when it does not say.
    static func types(at path: [String], in schema: JSONValue?) -> Set<String>? {
        var node = schema
        for key in path { node = node?.objectValue?["properties"]?.objectValue?[key] }
        guard let node = node?.objectValue else { return nil }
        switch node["type"] {
        case .string(let name)?: return [name]
        case .array(let names)?: return Set(names.compactMap(\.stringValue))
        default: break
        }
        let values = node["enum"]?.arrayValue ?? node["const"].map { [$0] }
        return values.map { Set($0.map(\.typeName)) }
    }

    /// The cell's value, nil to leave the field out; throws a message saying what was expected.
    static func value(_ cell: String, types: Set<String>?) throws(Message) -> JSONValue? {
        guard let types else { return cell.isEmpty ? nil : .string(cell) }
        if cell.isEmpty { return types.contains("null") ? .null : nil }
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        if types.contains("integer") || types.contains("number"), let number = Double(trimmed), number.isFinite,
            types.contains("number") || number.rounded() == number
        {
            return .number(number)
        }
        if types.contains("boolean") {
            switch trimmed.lowercased() {
            case "true", "yes", "1": return .bool(true)
            case "false", "no", "0": return .bool(false)
            default: break
            }
        }
        if types.contains("array") || types.contains("object"), let parsed = try? JSONParser.parse(trimmed),
            (parsed.arrayValue != nil && types.contains("array"))
                || (parsed.objectValue != nil && types.contains("object"))
        {
            return parsed
        }
        if types.contains("string") { return .string(cell) }
        throw Message(
            text: "`\(cell)` is not \(types.sorted().map(describe).joined(separator: " or ")) as schema.json requires")
    }

    /// Why a cell could not be read.
    struct Message: Error {
        let text: String
    }

    private static func describe(_ type: String) -> String {
        switch type {
        case "integer": return "a whole number"
        case "number": return "a number"
        case "boolean": return "true or false"
        case "array": return "a JSON list"
        case "object": return "a JSON object"
        case "null": return "empty"
        default: return "a \(type)"
        }
    }
}
