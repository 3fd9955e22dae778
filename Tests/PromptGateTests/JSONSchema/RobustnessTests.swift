import Foundation
import PromptGate
import Testing

/// Hostile or extreme inputs: reference cycles, deep nesting, big arrays, concurrent use.
@Suite("robustness")
struct RobustnessTests {
    /// A value nested `depth` levels deep: {"child": {"child": ... {}}}.
    static func nestedObject(depth: Int) -> JSONValue {
        var value: JSONValue = [:]
        for _ in 0..<depth { value = ["child": value] }
        return value
    }

    static let recursiveNode: JSONValue = [
        "$defs": ["node": ["type": "object", "properties": ["child": ["$ref": "#/$defs/node"]]]],
        "$ref": "#/$defs/node",
    ]

    @Test("the brief's $ref cycle is rejected at load time, promptly")
    func unconditionalCycleIsLoadError() throws {
        let started = Date()
        let schema: JSONValue = [
            "$defs": ["a": ["$ref": "#/$defs/b"], "b": ["$ref": "#/$defs/a"]],
            "$ref": "#/$defs/a",
        ]
        let error = #expect(throws: SchemaLoadError.self) { try JSONSchema(schema) }
        #expect(error?.message.contains("circular $ref") == true)
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test(
        "a cycle only reachable through anyOf is reported as a violation, promptly",
        arguments: [
            ["anyOf": [["$ref": "#"]]] as JSONValue,
            ["if": true, "then": ["$ref": "#"]],
            ["$defs": ["x": ["oneOf": [["$ref": "#/$defs/x"], false]]], "$ref": "#/$defs/x"],
        ])
    func conditionalCycleIsViolation(_ schemaValue: JSONValue) throws {
        let started = Date()
        let schema = try JSONSchema(schemaValue)
        let violations = schema.validate(["a": 1])
        #expect(!violations.isEmpty)
        #expect(violations.contains { $0.message.contains("circular reference") })
        #expect(!schema.isValid(1))
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test("recursion that descends into the instance is not mistaken for a cycle")
    func recursionThroughInstanceIsFine() throws {
        let schema = try JSONSchema(Self.recursiveNode)
        #expect(schema.isValid(Self.nestedObject(depth: 100)))
        #expect(
            schema.validate(["child": ["child": ["child": 3]]]).map(\.description)
                == ["/child/child/child: expected object, got integer"])
    }

    @Test("instances nested deeper than the evaluation limit fail cleanly instead of overflowing the stack")
    func deepInstanceHitsLimit() throws {
        let schema = try JSONSchema(Self.recursiveNode)
        let deep = Self.nestedObject(depth: 5_000)
        #expect(!schema.isValid(deep))
        let violations = schema.validate(deep)
        #expect(violations.count == 1)
        #expect(violations.first?.message.contains("nested deeper than") == true)
    }

    @Test("deep recursion through anyOf with failure details stays within the stack")
    func deepAnyOfRecursion() throws {
        let schema = try JSONSchema([
            "$defs": [
                "n": [
                    "anyOf": [
                        ["type": "object", "properties": ["child": ["$ref": "#/$defs/n"]]],
                        ["type": "object", "required": ["leaf"]],
                    ]
                ]
            ],
            "$ref": "#/$defs/n",
        ])
        var deep: JSONValue = ["child": 1]
        for _ in 0..<1_000 { deep = ["child": deep] }
        #expect(!schema.isValid(deep))
        let violations = schema.validate(deep)
        #expect(violations.count == 2)
        #expect(violations.first?.message.hasPrefix("does not match any alternative of anyOf") == true)
        #expect(violations.last?.message.contains("nested deeper than 400 levels") == true)
        var shallow: JSONValue = ["child": 1]
        for _ in 0..<20 { shallow = ["child": shallow] }
        #expect(schema.validate(shallow).first?.message.hasPrefix("does not match any alternative of anyOf") == true)
    }

    @Test("schemas nested deeper than 512 levels are rejected at load time")
    func deepSchemaIsLoadError() {
        var schema: JSONValue = ["type": "string"]
        for _ in 0..<600 { schema = ["items": schema] }
        #expect(throws: SchemaLoadError.self) { try JSONSchema(schema) }
    }

    @Test("uniqueItems on a large array uses hashing")
    func largeUniqueItems() throws {
        let schema = try JSONSchema(["uniqueItems": true])
        var items = (0..<20_000).map { JSONValue.number(Double($0)) }
        #expect(schema.isValid(.array(items)))
        items.append(["a": 1])
        items.append(["a": 1.0])
        #expect(
            schema.validate(.array(items)).map(\.message) == ["items 20000 and 20001 are equal (uniqueItems is true)"])
    }

    @Test("one compiled schema validates concurrently from many tasks")
    func concurrentValidation() async throws {
        let schema = try JSONSchema([
            "type": "object",
            "properties": ["code": ["type": "string", "pattern": "^[A-Z]{3}-\\d+$"], "n": ["type": "integer"]],
            "required": ["code"],
        ])
        let good: JSONValue = ["code": "ABC-42", "n": 1]
        let bad: JSONValue = ["code": "abc", "n": 1.5]
        let results = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for _ in 0..<500 {
                        if !schema.isValid(good) || schema.validate(bad).count != 2 { return false }
                    }
                    return task >= 0
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
