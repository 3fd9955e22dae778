import PromptGate
import Testing

/// Schemas that are not valid schemas must fail at compile time, naming the offending keyword.
@Suite("schema load errors")
struct SchemaLoadErrorTests {
    @Test(
        "invalid schemas are rejected with the keyword's location",
        arguments: [
            (["type": 12], "/type", "\"type\" must be a string or an array of strings, got integer"),
            (["type": "strin"], "/type", "unknown type \"strin\""),
            (["minimum": "3"], "/minimum", "\"minimum\" must be a number, got string"),
            (["$ref": "#/nope"], "/$ref", "JSON pointer /nope does not exist"),
            (["$ref": "#missing"], "/$ref", "no anchor \"missing\""),
            (["$ref": "other.json"], "/$ref", "cannot resolve \"other.json\": no such schema document"),
            (["$ref": "https://example.com/x.json"], "/$ref", "no schema is known at https://example.com/x.json"),
            (["pattern": "^(abc"], "/pattern", "invalid regular expression ^(abc"),
            (["patternProperties": ["[a-": true]], "/patternProperties/[a-", "invalid regular expression"),
            (["properties": ["a": ["type": "nope"]]], "/properties/a/type", "unknown type"),
            (["properties": ["a": 5]], "/properties/a", "a schema must be an object or a boolean"),
            (["$defs": ["unused": ["minLength": -1]]], "/$defs/unused/minLength", "non-negative integer"),
            (["minLength": 1.5], "/minLength", "non-negative integer"),
            (["multipleOf": 0], "/multipleOf", "greater than 0"),
            (["required": "a"], "/required", "array of strings"),
            (["required": ["a", "a"]], "/required", "more than once"),
            (["allOf": []], "/allOf", "non-empty array"),
            (["items": [["type": "string"]]], "/items", "prefixItems"),
            (["enum": 3], "/enum", "must be an array"),
            (["dependentRequired": ["a": [1]]], "/dependentRequired/a", "array of strings"),
            (["$id": 5], "/$id", "must be a string"),
            (["$anchor": "1bad"], "/$anchor", "must be a name"),
            (["uniqueItems": "yes"], "/uniqueItems", "must be a boolean"),
            ("just a string", "", "a schema must be an object or a boolean, got string"),
        ] as [(JSONValue, String, String)])
    func rejected(_ schema: JSONValue, _ path: String, _ fragment: String) {
        let error = #expect(throws: SchemaLoadError.self) { try JSONSchema(schema) }
        #expect(error?.schemaPath == path)
        #expect(error?.message.contains(fragment) == true, "message was: \(error?.message ?? "none")")
    }

    @Test("load error description")
    func description() {
        let error = SchemaLoadError(schemaPath: "/type", message: "\"type\" must be a string")
        #expect(error.description == "/type: \"type\" must be a string")
        #expect(SchemaLoadError(schemaPath: "", message: "m").description == "m")
    }

    @Test(
        "valid edge cases compile",
        arguments: [
            true, false, [:], ["type": ["string", "null"]], ["minLength": 2.0], ["enum": []],
            ["$ref": "https://json-schema.org/draft/2020-12/schema"], ["x-vendor": ["anything": 1]],
            ["definitions": ["a": ["type": "string"]], "$ref": "#/definitions/a"],
        ] as [JSONValue])
    func accepted(_ schema: JSONValue) throws {
        _ = try JSONSchema(schema)
    }
}
