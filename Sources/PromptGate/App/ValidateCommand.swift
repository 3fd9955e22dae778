import Foundation

/// `promptgate validate --schema S.json FILE.jsonl`: validates each line against a JSON Schema and
/// prints one JSON line per instance: `{"line", "valid", "errors": [{"instance_path", "schema_path", "message"}]}`.
public enum ValidateCommand {
    public struct Outcome: Sendable {
        public let lines: [String]
        public let invalid: Int
        /// 1 when any instance is invalid, else 0.
        public var exitStatus: ExitStatus { invalid > 0 ? .gateFailed : .ok }
    }

    public static func run(
        schemaPath: String, instancesPath: String, formatAssertion: Bool
    ) throws(InputError) -> Outcome {
        let schemaText = try TextFile.read(schemaPath, display: schemaPath)
        let schemaValue: JSONValue
        do {
            schemaValue = try JSONParser.parse(schemaText)
        } catch {
            throw InputError(
                .error(schemaPath, line: error.line, "not valid JSON: \(error.message) (column \(error.column))"))
        }
        let schema: JSONSchema
        do {
            schema = try JSONSchema(schemaValue, formatAssertion: formatAssertion)
        } catch {
            throw InputError(.error(schemaPath, "not a valid JSON Schema: \(error)"))
        }
        let text = try TextFile.read(instancesPath, display: instancesPath)
        var lines: [String] = []
        var invalid = 0
        var errors: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            let instance: JSONValue
            do {
                instance = try JSONParser.parse(String(line))
            } catch {
                errors.append(
                    .error(instancesPath, line: index + 1, "not valid JSON: \(error.message) (column \(error.column))"))
                continue
            }
            let violations = schema.validate(instance)
            if !violations.isEmpty { invalid += 1 }
            lines.append(
                JSONWriter.canonical([
                    "line": .number(Double(index + 1)),
                    "valid": .bool(violations.isEmpty),
                    "errors": .array(
                        violations.map {
                            [
                                "instance_path": .string($0.instancePath), "schema_path": .string($0.schemaPath),
                                "message": .string($0.message),
                            ]
                        }),
                ]))
        }
        if !errors.isEmpty { throw InputError(errors) }
        return Outcome(lines: lines, invalid: invalid)
    }
}
