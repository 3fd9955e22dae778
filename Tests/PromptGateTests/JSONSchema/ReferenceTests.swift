import PromptGate
import Testing

/// `$ref` beyond the conformance suite: the built-in meta-schema, caller-supplied documents, anchors
/// and `$dynamicRef` as people use them.
@Suite("references")
struct ReferenceTests {
    static let metaSchema: JSONValue = ["$ref": "https://json-schema.org/draft/2020-12/schema"]

    @Test(
        "the embedded meta-schema validates schemas",
        arguments: [
            (["type": "object", "properties": ["a": ["minimum": 1]]], true),
            (["$defs": ["x": ["type": ["string", "null"]]]], true),
            (["type": 12], false),
            (["properties": ["a": ["minLength": -1]]], false),
            (["allOf": []], false),
        ] as [(JSONValue, Bool)])
    func metaSchema(_ candidate: JSONValue, _ valid: Bool) throws {
        #expect(try JSONSchema(Self.metaSchema).isValid(candidate) == valid)
    }

    @Test("meta-schema violations name the meta-schema document")
    func metaSchemaPaths() throws {
        let violations = try JSONSchema(Self.metaSchema).validate(["properties": ["a": ["minimum": "1"]]])
        #expect(violations.map(\.description) == ["/properties/a/minimum: expected number, got string"])
        #expect(
            violations.first?.schemaPath
                == "https://json-schema.org/draft/2020-12/meta/validation#/properties/minimum/type")
    }

    @Test("documents supplied by the caller resolve by absolute or relative URI")
    func suppliedDocuments() throws {
        let common: JSONValue = [
            "$defs": ["money": ["type": "number", "minimum": 0]]
        ]
        let byRelativeKey = try JSONSchema(
            ["properties": ["amount": ["$ref": "common.json#/$defs/money"]]],
            documents: ["common.json": common])
        #expect(byRelativeKey.isValid(["amount": 3]))
        #expect(
            byRelativeKey.validate(["amount": -1]).map(\.description) == ["/amount: -1 is less than the minimum of 0"])

        let byAbsoluteKey = try JSONSchema(
            [
                "$id": "https://example.com/schemas/ticket.json",
                "properties": ["amount": ["$ref": "common.json#/$defs/money"]],
            ],
            documents: ["https://example.com/schemas/common.json": common])
        #expect(
            byAbsoluteKey.validate(["amount": "x"]).first?.schemaPath
                == "https://example.com/schemas/common.json#/$defs/money/type")
    }

    @Test("anchors, $id scopes and percent-encoded pointers")
    func anchorsAndScopes() throws {
        let schema = try JSONSchema([
            "$id": "https://example.com/root.json",
            "properties": [
                "a": ["$ref": "#positive"],
                "b": ["$ref": "item.json"],
                "c": ["$ref": "#/$defs/odd%20name~1x"],
            ],
            "$defs": [
                "p": ["$anchor": "positive", "exclusiveMinimum": 0],
                "item": ["$id": "item.json", "type": "string"],
                "odd name/x": ["const": 42],
            ],
        ])
        #expect(schema.isValid(["a": 1, "b": "s", "c": 42]))
        #expect(
            schema.validate(["a": 0, "b": 1, "c": 41]).map(\.description) == [
                "/a: 0 is not greater than the exclusive minimum of 0",
                "/b: expected string, got integer",
                "/c: expected 42, got 41",
            ])
    }

    @Test("$dynamicRef lets an extension tighten a generic tree")
    func dynamicRef() throws {
        let tree: JSONValue = [
            "$id": "https://example.com/tree",
            "$dynamicAnchor": "node",
            "type": "object",
            "properties": ["value": true, "children": ["type": "array", "items": ["$dynamicRef": "#node"]]],
        ]
        let strictTree = try JSONSchema(
            [
                "$id": "https://example.com/strict-tree",
                "$dynamicAnchor": "node",
                "$ref": "tree",
                "unevaluatedProperties": false,
            ], documents: ["https://example.com/tree": tree])
        #expect(strictTree.isValid(["value": 1, "children": [["value": 2]]]))
        #expect(
            strictTree.validate(["children": [["vaule": 2]]]).map(\.description)
                == ["/children/0: property \"vaule\" is not allowed (unevaluatedProperties is false)"])
    }

    @Test("unevaluatedProperties sees through $ref and conditionals")
    func unevaluatedThroughRef() throws {
        let schema = try JSONSchema([
            "$defs": ["base": ["properties": ["id": ["type": "string"]]]],
            "$ref": "#/$defs/base",
            "if": ["properties": ["kind": ["const": "refund"]]],
            "then": ["properties": ["kind": true, "amount": ["type": "number"]]],
            "else": ["properties": ["kind": true]],
            "unevaluatedProperties": false,
        ])
        #expect(schema.isValid(["id": "1", "kind": "refund", "amount": 3]))
        #expect(
            schema.validate(["id": "1", "kind": "other", "amount": 3]).map(\.description)
                == ["/: property \"amount\" is not allowed (unevaluatedProperties is false)"])
    }
}
