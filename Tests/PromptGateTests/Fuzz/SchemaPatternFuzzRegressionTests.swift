import PromptGate
import Testing

/// Finding 4 of the `schema` fuzz target (Fuzz/README.md): `pattern` was matched by a backtracking
/// engine, so `(a+)+$` against 32 a's and a "!" ran for over 20 s, doubling with each extra "a".
/// Patterns now run on promptgate's own engine, linear in the reply's length; with the old engine
/// none of these cases would finish. All go through the full validator, as a model reply does.
@Suite struct SchemaPatternFuzzRegressionTests {
    @Test(arguments: [
        ("(a+)+$", String(repeating: "a", count: 33) + "!"),
        ("(a+)+$", String(repeating: "a", count: 5_000) + "!"),
        ("(a|a)*b", String(repeating: "a", count: 5_000)),
        ("(a*)*b", String(repeating: "a", count: 5_000)),
        ("(.*a){20}", String(repeating: "a", count: 19) + String(repeating: "b", count: 5_000)),
        ("^(\\w+\\s?)*$", String(repeating: "word ", count: 1_000) + "!"),
        ("^(?=(a+)+$)", String(repeating: "a", count: 5_000) + "!"),
    ])
    func catastrophicPatternRejectsQuickly(pattern: String, reply: String) throws {
        let schema = try JSONSchema([
            "type": "object", "properties": ["answer": ["type": "string", "pattern": .string(pattern)]],
        ])
        let violations = schema.validate(["answer": .string(reply)])
        #expect(violations.count == 1)
        #expect(violations.first.map { String(describing: $0) }?.contains("does not match pattern \(pattern)") == true)
    }

    /// The same patterns still accept what they should.
    @Test func catastrophicPatternsStillMatch() throws {
        let schema = try JSONSchema([
            "patternProperties": ["^(a+)+$": ["type": "integer"]], "additionalProperties": false,
        ])
        #expect(schema.isValid([String(repeating: "a", count: 5_000): 1]))
        #expect(!schema.isValid([String(repeating: "a", count: 5_000) + "!": 1]))
        #expect(!schema.isValid([String(repeating: "a", count: 5_000): "x"]))
    }
}
