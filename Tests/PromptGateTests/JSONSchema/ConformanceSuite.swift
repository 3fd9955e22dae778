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
    /// The suite folder relative to the package root (adjust here if the layout changes).
    static let relativeFolder = "../shared/conformance/json-schema-2020-12"
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
                "elements": ["type": "array", "items": ["$dynamicRef": "#elements"]],
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

    /// The suite folder: `relativeFolder` from the package root (found by walking up from this
    /// file to the directory holding Package.swift). A missing folder makes the cases fail loudly.
    static func folder(filePath: String = #filePath) -> URL {
        let files = FileManager.default
        var directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if files.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory.appendingPathComponent(relativeFolder).standardizedFileURL
            }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: relativeFolder)
    }

    /// Every case of every file, in file order; a file that cannot be read becomes a failing case.
    static func loadCases() -> [ConformanceCase] {
        let root = folder()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
            .filter { $0.hasSuffix(".json") }
            .sorted()
        var cases: [ConformanceCase] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(name).path),
                case .array(let groups)? = try? JSONParser.parse(bytes: [UInt8](data))
            else {
                cases.append(ConformanceCase(file: name, group: "unreadable file", test: "", schema: true,
                                             data: .null, valid: false))
                continue
            }
            for group in groups {
                let groupName = group["description"]?.stringValue ?? "?"
                for test in group["tests"]?.arrayValue ?? [] {
                    cases.append(ConformanceCase(
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
    static func run(_ testCase: ConformanceCase) throws(SchemaLoadError) -> (isValid: Bool, violations: [SchemaViolation]) {
        let schema = try JSONSchema(testCase.schema, formatAssertion: false, documents: remotes)
        return (schema.isValid(testCase.data), schema.validate(testCase.data))
    }
}
