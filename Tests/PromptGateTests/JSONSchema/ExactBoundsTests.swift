import PromptGateJSON
import PromptGateSchema
import Testing

/// `minimum`, `maximum`, `exclusiveMinimum` and `exclusiveMaximum` compare exact decimal values:
/// numbers a double cannot hold (kept as `.decimal`) on either side are not rounded first.
@Suite struct ExactBoundsTests {
    @Test(
        arguments: [
            ("{\"maximum\": 9007199254740992}", "9007199254740993", false),
            ("{\"maximum\": 9007199254740993}", "9007199254740992", true),
            ("{\"maximum\": 9007199254740993}", "9007199254740993.0", true),
            ("{\"exclusiveMaximum\": 9007199254740993}", "9007199254740992", true),
            ("{\"exclusiveMaximum\": 9007199254740993}", "9007199254740993", false),
            ("{\"minimum\": 12345678901234567891}", "12345678901234567890", false),
            ("{\"minimum\": 12345678901234567890}", "12345678901234567891", true),
            ("{\"exclusiveMinimum\": 12345678901234567890}", "12345678901234567891", true),
            ("{\"exclusiveMinimum\": 12345678901234567891}", "12345678901234567891.0", false),
            ("{\"maximum\": 0.3}", "0.30000000000000000001", false),
            ("{\"maximum\": 0.30000000000000000001}", "0.3", true),
            ("{\"exclusiveMaximum\": 1}", "0.99999999999999999999", true),
            ("{\"maximum\": 1}", "1.0000000000000000001", false),
            ("{\"minimum\": -9007199254740992}", "-9007199254740993", false),
            ("{\"exclusiveMinimum\": -9007199254740993}", "-9007199254740992", true),
            ("{\"exclusiveMinimum\": 0}", "1e-400", true),
            ("{\"maximum\": 0}", "1e-400", false),
            ("{\"maximum\": 100}", "12345678901234567891", false),
            ("{\"minimum\": 1.5}", "1.5", true),
            ("{\"exclusiveMinimum\": 1.5}", "1.5", false),
        ] as [(String, String, Bool)])
    func boundsCompareTheExactValue(_ schema: String, _ instance: String, _ valid: Bool) throws {
        let compiled = try JSONSchema(try JSONParser.parse(schema))
        #expect(compiled.isValid(try JSONParser.parse(instance)) == valid)
    }

    @Test func theMessageQuotesBothNumbersWithEveryDigit() throws {
        let compiled = try JSONSchema(try JSONParser.parse("{\"maximum\": 12345678901234567890}"))
        let violations = compiled.validate(try JSONParser.parse("12345678901234567891"))
        #expect(
            violations.map(\.description) == [
                "/: 12345678901234567891 is greater than the maximum of 12345678901234567890"
            ])
    }

    @Test func numbersOrderByTheirExactValues() throws {
        let ascending = [
            "-12345678901234567891", "-12345678901234567890", "-1", "-0.30000000000000000001", "-0.3", "0",
            "1e-400", "0.3", "0.30000000000000000001", "1", "9007199254740992", "9007199254740993",
            "12345678901234567890", "12345678901234567891", "1e300",
        ]
        let values = try ascending.map { try JSONParser.parse($0) }
        for (i, a) in values.enumerated() {
            for (j, b) in values.enumerated() {
                let order = try #require(JSONValue.compareNumbers(a, b))
                #expect(order.signum() == (i < j ? -1 : i > j ? 1 : 0), "\(ascending[i]) vs \(ascending[j])")
            }
        }
        #expect(JSONValue.compareNumbers(try JSONParser.parse("-0"), 0) == 0)
        #expect(JSONValue.compareNumbers("1", 1) == nil)
    }
}
