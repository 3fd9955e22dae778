import PromptGateJSON
import Testing

@testable import PromptGate

/// `match: exact` (and sets, enums, JSON Schema `const`/`enum`/`multipleOf`/`integer`) compares
/// numbers by their decimal value, not as doubles; tolerance matching still uses doubles.
@Suite struct ExactNumberMatchTests {
    @Test(
        arguments: [
            ("12345678901234567890", "12345678901234567891", false),
            ("9007199254740993", "9007199254740992", false),
            ("9007199254740993", "9007199254740993.0", true),
            ("0.30000000000000000001", "0.3", false),
            ("0.1", "0.10", true),
            ("1.0", "1", true),
            ("1e2", "100", true),
            ("1E+2", "100.000", true),
            ("-0", "0", true),
            ("-0.0e5", "0", true),
            ("123456789012345678901234567890", "1.2345678901234567890123456789e29", true),
            ("123456789012345678901234567890", "123456789012345678901234567891", false),
            ("-12345678901234567890", "12345678901234567890", false),
            ("1e-400", "0", false),
            ("1e-400", "1.0e-400", true),
            ("3.14", "3.140", true),
            ("[12345678901234567891]", "[12345678901234567890]", false),
            ("{\"id\": 12345678901234567891}", "{\"id\": 12345678901234567891.0}", true),
        ] as [(String, String, Bool)])
    func exactComparesDecimalValues(_ actual: String, _ expected: String, _ equal: Bool) throws {
        let a = try JSONParser.parse(actual), e = try JSONParser.parse(expected)
        #expect(FieldMatcher.matches(a, e, by: .exact) == equal)
        #expect(FieldMatcher.matches(a, e, by: .enumeration) == equal)
        #expect((a.hashValue == e.hashValue) || !equal, "equal values hash alike")
    }

    @Test func toleranceStillComparesDoubles() throws {
        let a = try JSONParser.parse("12345678901234567891"), e = try JSONParser.parse("12345678901234567890")
        #expect(FieldMatcher.matches(a, e, by: .number(absoluteTolerance: 0, relativeTolerance: 0)))
        #expect(
            FieldMatcher.matches(
                try JSONParser.parse("[12345678901234567891, 1]"), try JSONParser.parse("[1, 12345678901234567890]"),
                by: .set) == false)
        #expect(
            FieldMatcher.matches(
                try JSONParser.parse("[12345678901234567891, 1]"), try JSONParser.parse("[1, 12345678901234567891]"),
                by: .set))
    }

    /// The exact text survives writing and reading (test cases are stored as canonical JSON).
    @Test(arguments: [
        "12345678901234567891", "-0.30000000000000000001", "1.2345678901234567890123e-300", "1e-400",
        "123456789012345678901234567890e10",
    ])
    func exactNumbersRoundTrip(_ text: String) throws {
        let value = try JSONParser.parse(text)
        guard case .decimal = value else {
            Issue.record("\(text) should be kept as a decimal")
            return
        }
        #expect(try JSONParser.parse(JSONWriter.canonical(value)) == value)
        #expect(value.numberValue == Double(text))
    }

    @Test func numbersADoubleHoldsStayDoubles() throws {
        for text in [
            "0", "-0", "1", "0.1", "3.14", "1e2", "9007199254740992", "1.7976931348623157e308", "5e-324",
            "0.30000000000000004",
        ] {
            guard case .number = try JSONParser.parse(text) else {
                Issue.record("\(text) should parse as a double")
                continue
            }
        }
        #expect(MemoryLayout<JSONValue>.size <= 17)
    }

    @Test(
        arguments: [
            ("{\"type\": \"integer\"}", "12345678901234567890", true),
            ("{\"type\": \"integer\"}", "12345678901234567890.5", false),
            ("{\"type\": \"integer\"}", "1.00000000000000000001", false),
            ("{\"type\": \"integer\"}", "1.0", true),
            ("{\"const\": 12345678901234567891}", "12345678901234567890", false),
            ("{\"const\": 12345678901234567891}", "12345678901234567891.0", true),
            ("{\"enum\": [9007199254740993]}", "9007199254740992", false),
            ("{\"multipleOf\": 3}", "12345678901234567890", true),
            ("{\"multipleOf\": 3}", "12345678901234567891", false),
            ("{\"multipleOf\": 0.01}", "12345678901234567.89", true),
            ("{\"multipleOf\": 0.01}", "12345678901234567.891", false),
            ("{\"maximum\": 100}", "12345678901234567891", false),
        ] as [(String, String, Bool)])
    func schemaUsesTheExactValue(_ schema: String, _ instance: String, _ valid: Bool) throws {
        let compiled = try JSONSchema(try JSONParser.parse(schema))
        #expect(compiled.isValid(try JSONParser.parse(instance)) == valid)
    }
}
