import Foundation

/// `promptgate pii scan FILE.jsonl [--field text]`: scans one text field of each JSONL line and
/// prints `{"id", "entities": [{"type", "start", "end"}]}` (offsets in Unicode code points).
public enum PIIScanCommand {
    /// One output line per input line; throws on unreadable input (exit 2).
    public static func scan(path: String, field: String) throws(InputError) -> [String] {
        let text = try TextFile.read(path, display: path)
        let scanner = PIIScanner()
        var out: [String] = []
        var errors: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            let value: JSONValue
            do {
                value = try JSONParser.parse(String(line))
            } catch {
                errors.append(.error(path, line: index + 1, "not valid JSON: \(error.message)"))
                continue
            }
            guard case .string(let body)? = value[field] else {
                errors.append(
                    .error(path, line: index + 1, "no string field `\(field)`; choose the field with --field"))
                continue
            }
            let id = value["id"] ?? .number(Double(index + 1))
            let entities: [JSONValue] = scanner.scan(body).map {
                ["type": .string($0.type.rawValue), "start": .number(Double($0.start)), "end": .number(Double($0.end))]
            }
            out.append(JSONWriter.canonical(["id": id, "entities": .array(entities)]))
        }
        if !errors.isEmpty { throw InputError(errors) }
        return out
    }
}
