import Foundation
import PromptGate

/// One test of the official JSON-Schema-Test-Suite: a schema, an instance and the expected verdict.
struct ConformanceCase: Sendable, CustomStringConvertible {
    let file: String
    let group: String
    let test: String
    let schema: JSONValue
    let data: JSONValue
    let valid: Bool

    var description: String { "\(file) > \(group) > \(test)" }
}

/// A group of official tests deliberately not run, with the reason.
struct SkippedGroup: Sendable {
    let file: String
    let group: String
    let reason: String
}

/// Loads the draft 2020-12 files of the official suite and holds the skip list.
enum ConformanceSuite {
    /// The environment variable naming the suite's `tests/draft2020-12` folder (a checkout of
    /// json-schema-org/JSON-Schema-Test-Suite). CI sets it; without it the conformance tests skip.
    static let environmentVariable = "PROMPTGATE_JSON_SCHEMA_SUITE"
    /// Number of test cases in the 45 files.
    static let expectedCaseCount = 1263

    /// Groups not run, each with a reason. Empty: the meta-schema is embedded and the three remote
    /// documents the suite needs are supplied below, so every group runs.
    static let skipList: [SkippedGroup] = []

    /// The suite's `remotes/` documents that the 2020-12 files reference by URL (from
    /// json-schema-org/JSON-Schema-Test-Suite, MIT licence), served at the URLs the suite expects.
    static let remotes: [String: JSONValue] = [
        "http://localhost:1234/draft2020-12/tree.json": [
            "description": "tree schema, extensible",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "http://localhost:1234/draft2020-12/tree.json",
            "$dynamicAnchor": "node",
            "type": "object",
            "properties": [
                "data": true,
                "children": ["type": "array", "items": ["$dynamicRef": "#node"]],
            ],
        ],
        "http://localhost:1234/draft2020-12/extendible-dynamic-ref.json": [
            "description": "extendible array",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "http://localhost:1234/draft2020-12/extendible-dynamic-ref.json",
            "type": "object",
            "properties": [
                "elements": ["type": "array", "items": ["$dynamicRef": "#elements"]]
            ],
            "required": ["elements"],
            "additionalProperties": false,
            "$defs": ["elements": ["$dynamicAnchor": "elements"]],
        ],
        "http://localhost:1234/draft2020-12/detached-dynamicref.json": [
            "$id": "http://localhost:1234/draft2020-12/detached-dynamicref",
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$defs": [
                "foo": ["$dynamicRef": "#detached"],
                "detached": ["$dynamicAnchor": "detached", "type": "integer"],
            ],
        ],
    ]

    /// The suite folder named by `environmentVariable` (relative paths from the package root), or
    /// nil when the variable is unset or empty.
    static func folder(filePath: String = #filePath) -> URL? {
        guard let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty else {
            return nil
        }
        if value.hasPrefix("/") { return URL(fileURLWithPath: value).standardizedFileURL }
        let packageRoot = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(value).standardizedFileURL
    }

    /// Why the suite does not run here, said once so a skipped run tells how to get the data.
    static let skipNotice = """
        JSON Schema conformance skipped: set \(environmentVariable) to the draft2020-12 folder of the \
        official JSON-Schema-Test-Suite (git clone https://github.com/json-schema-org/JSON-Schema-Test-Suite, \
        then \(environmentVariable)=JSON-Schema-Test-Suite/tests/draft2020-12).
        """

    /// Every case of every file, in file order; a file that cannot be read becomes a failing case.
    static func loadCases() -> [ConformanceCase] {
        guard let root = folder() else { return [] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [
                ConformanceCase(
                    file: root.path, group: "\(environmentVariable) names no folder", test: "",
                    schema: true, data: .null, valid: false)
            ]
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { $0.hasSuffix(".json") }
            .sorted()
        var cases: [ConformanceCase] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(name).path),
                case .array(let groups)? = try? JSONParser.parse(bytes: [UInt8](data))
            else {
                cases.append(
                    ConformanceCase(
                        file: name, group: "unreadable file", test: "", schema: true,
                        data: .null, valid: false))
                continue
            }
            for group in groups {
                let groupName = group["description"]?.stringValue ?? "?"
                for test in group["tests"]?.arrayValue ?? [] {
                    cases.append(
                        ConformanceCase(
                            file: name, group: groupName, test: test["description"]?.stringValue ?? "?",
                            schema: group["schema"] ?? .null, data: test["data"] ?? .null,
                            valid: test["valid"]?.boolValue ?? false))
                }
            }
        }
        return cases
    }

    /// Why `testCase` is skipped, or nil when it runs.
    static func skipReason(for testCase: ConformanceCase) -> String? {
        skipList.first { $0.file == testCase.file && $0.group == testCase.group }?.reason
    }

    /// Runs one case; `format.json` tests annotation behaviour, so format is never asserted here.
    static func run(
        _ testCase: ConformanceCase
    ) throws(SchemaLoadError) -> (isValid: Bool, violations: [SchemaViolation]) {
        let schema = try JSONSchema(testCase.schema, formatAssertion: false, documents: remotes)
        return (schema.isValid(testCase.data), schema.validate(testCase.data))
    }
}
