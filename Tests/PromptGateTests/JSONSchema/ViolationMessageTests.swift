import PromptGate
import Testing

/// Violation paths and messages for the cases people hit most: they are part of the product.
@Suite("violation messages")
struct ViolationMessageTests {
    static let ticketSchema: JSONValue = [
        "type": "object",
        "required": ["summary", "category"],
        "additionalProperties": false,
        "properties": [
            "summary": ["type": "string", "minLength": 5],
            "amount": ["type": "number", "minimum": 0, "multipleOf": 0.01],
            "category": ["enum": ["billing", "technical", "account", "other"]],
            "language": ["type": "string", "pattern": "^[a-z]{2}$"],
            "items": ["type": "array", "items": ["type": "object", "properties": ["amount": ["type": "number"]]]],
            "contact": ["anyOf": [["type": "string"], ["type": "null"]]],
        ],
    ]

    /// The single violation's description for `instance` under `schema`.
    static func only(_ schema: JSONValue, _ instance: JSONValue) throws -> String? {
        let violations = try JSONSchema(schema).validate(instance)
        #expect(violations.count == 1, "expected one violation, got \(violations)")
        return violations.first?.description
    }

    @Test("the messages from the brief")
    func briefMessages() throws {
        let schema = try JSONSchema(Self.ticketSchema)
        let violations = schema.validate([
            "amount": "12", "category": "Billing Issue", "notes": "x", "language": "english",
        ])
        #expect(
            violations.map(\.description) == [
                "/amount: expected number, got string",
                "/category: \"Billing Issue\" is not one of \"billing\", \"technical\", \"account\", \"other\"",
                "/language: \"english\" does not match pattern ^[a-z]{2}$",
                "/: missing required property \"summary\"",
                "/: property \"notes\" is not allowed (additionalProperties is false)",
            ])
        #expect(
            violations.map(\.schemaPath) == [
                "/properties/amount/type", "/properties/category/enum", "/properties/language/pattern", "/required",
                "/additionalProperties",
            ])
        #expect(violations.map(\.instancePath) == ["/amount", "/category", "/language", "", ""])
    }

    @Test("a valid instance has no violations")
    func validInstance() throws {
        let schema = try JSONSchema(Self.ticketSchema)
        let ticket: JSONValue = [
            "summary": "Printer is on fire", "category": "technical", "amount": 0.07, "contact": nil,
        ]
        #expect(schema.validate(ticket).isEmpty)
        #expect(schema.isValid(ticket))
    }

    @Test("nested paths go through arrays")
    func nestedPath() throws {
        let schema = try JSONSchema(Self.ticketSchema)
        let violations = schema.validate([
            "summary": "hello", "category": "other", "items": [["amount": 1], ["amount": "3"]],
        ])
        #expect(violations.map(\.description) == ["/items/1/amount: expected number, got string"])
        #expect(violations.first?.schemaPath == "/properties/items/items/properties/amount/type")
    }

    @Test("long enum lists are cut short", arguments: [11, 3])
    func enumList(count: Int) throws {
        let options = JSONValue.array((0..<count).map { .string("v\($0)") })
        let message = try Self.only(["enum": options], "x")
        let listed = (0..<min(count, 10)).map { "\"v\($0)\"" }.joined(separator: ", ")
        #expect(message == "/: \"x\" is not one of \(listed)" + (count > 10 ? ", …" : ""))
    }

    @Test(
        "keyword messages",
        arguments: [
            (["type": ["string", "null"]], 3, "/: expected string or null, got integer"),
            (["type": "integer"], 1.5, "/: expected integer, got number"),
            (["const": "billing"], "Billing", "/: expected \"billing\", got \"Billing\""),
            (["minimum": 10], 5, "/: 5 is less than the minimum of 10"),
            (["exclusiveMaximum": 10], 10, "/: 10 is not less than the exclusive maximum of 10"),
            (["multipleOf": 0.01], 12.345, "/: 12.345 is not a multiple of 0.01"),
            (["maxLength": 3], "naïve", "/: expected at most 3 characters, got 5"),
            (["minLength": 2], "😀", "/: expected at least 2 characters, got 1"),
            (["minItems": 2], [1], "/: expected at least 2 items, got 1"),
            (["maxProperties": 1], ["a": 1, "b": 2], "/: expected at most 1 property, got 2"),
            (["uniqueItems": true], [1, ["a": 1], 1.0], "/: items 0 and 2 are equal (uniqueItems is true)"),
            (["contains": ["type": "string"]], [1, 2], "/: no item matches the \"contains\" schema"),
            (
                ["contains": ["type": "string"], "maxContains": 1], ["a", "b"],
                "/: expected at most 1 item matching \"contains\", got 2"
            ),
            (
                ["dependentRequired": ["card": ["cvv"]]], ["card": "4111"],
                "/: property \"cvv\" is required when \"card\" is present"
            ),
            (
                ["propertyNames": ["pattern": "^[a-z]+$"]], ["Foo": 1],
                "/: property name \"Foo\" is invalid: \"Foo\" does not match pattern ^[a-z]+$"
            ),
            (["not": ["type": "string"]], "x", "/: \"x\" must not match the \"not\" schema"),
            (
                ["oneOf": [["type": "integer"], ["minimum": 0]]], 3,
                "/: matches more than one alternative of oneOf (0, 1)"
            ),
            (
                ["anyOf": [["type": "string", "maxLength": 2], ["type": "integer"]]], "abc",
                "/: does not match any alternative of anyOf: [0] expected at most 2 characters, got 3; [1] expected integer, got string"
            ),
            (["prefixItems": [true], "items": false], [1, 2], "/: expected at most 1 item (items is false), got 2"),
            (
                ["unevaluatedProperties": false, "allOf": [["properties": ["a": true]]]], ["a": 1, "b": 2],
                "/: property \"b\" is not allowed (unevaluatedProperties is false)"
            ),
            (
                ["prefixItems": [true], "unevaluatedItems": false], [1, 2],
                "/: item 1 is not allowed (unevaluatedItems is false)"
            ),
            (
                ["if": ["properties": ["kind": ["const": "refund"]]], "then": ["required": ["amount"]]],
                ["kind": "refund"],
                "/: missing required property \"amount\""
            ),
            (["properties": ["a": false]], ["a": 1], "/a: no value is allowed here (the schema is false)"),
        ] as [(JSONValue, JSONValue, String)])
    func keywordMessage(_ schema: JSONValue, _ instance: JSONValue, _ expected: String) throws {
        #expect(try Self.only(schema, instance) == expected)
    }

    @Test("JSON Pointer escaping in instance paths")
    func pointerEscaping() throws {
        let schema: JSONValue = ["properties": ["a/b": ["properties": ["c~d": ["type": "string"]]]]]
        let violations = try JSONSchema(schema).validate(["a/b": ["c~d": 1]])
        #expect(violations.map(\.instancePath) == ["/a~1b/c~0d"])
        #expect(violations.map(\.schemaPath) == ["/properties/a~1b/properties/c~0d/type"])
    }

    @Test("violations through $ref point at the referenced keyword")
    func refSchemaPath() throws {
        let schema: JSONValue = [
            "$defs": ["money": ["type": "number"]],
            "properties": ["amount": ["$ref": "#/$defs/money"]],
        ]
        let violations = try JSONSchema(schema).validate(["amount": "12"])
        #expect(violations.map(\.description) == ["/amount: expected number, got string"])
        #expect(violations.map(\.schemaPath) == ["/$defs/money/type"])
    }

    @Test("description uses / for the root")
    func descriptionFormat() {
        let violation = SchemaViolation(instancePath: "", schemaPath: "/type", message: "expected object, got array")
        #expect(violation.description == "/: expected object, got array")
        #expect(SchemaViolation(instancePath: "/a", schemaPath: "", message: "m").description == "/a: m")
    }
}
