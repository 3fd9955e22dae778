import Testing

@testable import PromptGate

@Suite struct FieldScorerTests {
    @Test(
        arguments: [
            (FieldMatch.exact, "\"billing\"", "\"billing\"", true),
            (.exact, "\"Billing\"", "\"billing\"", false),
            (.text, "\"  Maria   LOPEZ \"", "\"maria lopez\"", true),
            (.text, "\"Ｍａｒｉａ\"", "\"maria\"", true),
            (.text, "\"Maria\"", "\"Mario\"", false),
            (.number(absoluteTolerance: 0.01, relativeTolerance: 0), "49.995", "49.99", true),
            (.number(absoluteTolerance: 0.01, relativeTolerance: 0), "50.1", "49.99", false),
            (.number(absoluteTolerance: 0, relativeTolerance: 0.05), "104", "100", true),
            (.number(absoluteTolerance: 0, relativeTolerance: 0.05), "106", "100", false),
            (.number(absoluteTolerance: 0.01, relativeTolerance: 0), "\"49.99\"", "49.99", true),
            (.date, "\"2024-03-15T10:00:00Z\"", "\"2024-03-15\"", true),
            (.date, "\"03/15/2024\"", "\"2024-03-15\"", true),
            (.date, "\"15.03.2024\"", "\"2024-03-15\"", true),
            (.date, "\"March 15, 2024\"", "\"2024-03-15\"", true),
            (.date, "\"2024-03-16\"", "\"2024-03-15\"", false),
            (.enumeration, "\"urgent\"", "\"urgent\"", true),
            (.enumeration, "\"URGENT\"", "\"urgent\"", false),
            (.set, "[\"b\", \"A\"]", "[\"a\", \"b\"]", true),
            (.set, "[\"a\"]", "[\"a\", \"b\"]", false),
            (.fuzzy(threshold: 0.8), "\"Jonathon Smith\"", "\"Jonathan Smith\"", true),
            (.fuzzy(threshold: 0.8), "\"J. S.\"", "\"Jonathan Smith\"", false),
        ] as [(FieldMatch, String, String, Bool)])
    func matchers(match: FieldMatch, actual: String, expected: String, matches: Bool) throws {
        let a = try JSONParser.parse(actual), e = try JSONParser.parse(expected)
        #expect(FieldMatcher.matches(a, e, by: match) == matches)
    }

    @Test(
        "regex matches the whole value",
        arguments: [
            ("\"ORD-12345\"", true), ("\"ORD-12345x\"", false), ("\"xORD-12345\"", false), ("\"ORD-1234\"", false),
            ("12345", false), ("null", false),
        ])
    func regexMatcher(actual: String, matches: Bool) throws {
        let match = FieldMatch.regex(pattern: try ECMARegex("ORD-[0-9]{5}", scope: .wholeText))
        #expect(FieldMatcher.matches(try JSONParser.parse(actual), "anything", by: match) == matches)
    }

    @Test("regex alternatives are all anchored: the whole value must match one of them")
    func regexAlternativesAreAnchored() throws {
        let match = FieldMatch.regex(pattern: try ECMARegex("yes|no", scope: .wholeText))
        #expect(FieldMatcher.matches("no", "x", by: match))
        #expect(!FieldMatcher.matches("yes!", "x", by: match))
        #expect(!FieldMatcher.matches("nope", "x", by: match))
    }

    func score(_ output: String, expected: JSONValue, rules: [FieldRule] = []) -> Score {
        var settings = TestSetSettings()
        settings.fields = rules
        return FieldScorer(settings: settings).score(
            ScorerInput.output(output), for: ScorerInput.testCase(expected: expected))
    }

    @Test func nullExpectedMeansAbsentOrNullAndPlaceholdersAreWrong() {
        let expected: JSONValue = ["order_id": nil, "name": "Ann"]
        #expect(score(#"{"name": "Ann"}"#, expected: expected).status == .pass)
        #expect(score(#"{"name": "Ann", "order_id": null}"#, expected: expected).status == .pass)
        let placeholder = score(#"{"name": "Ann", "order_id": "N/A"}"#, expected: expected)
        #expect(placeholder.status == .fail)
        #expect(placeholder.fields.first { $0.path == "order_id" }?.status == .unexpected)
        #expect(placeholder.reasons.first?.contains("placeholder where null was expected") == true)
        let missing = score(#"{"name": "unknown"}"#, expected: expected)
        #expect(missing.fields.first { $0.path == "name" }?.status == .missing)
    }

    @Test func weightsAndNestedPaths() {
        let expected: JSONValue = ["a": 1, "b": 2, "address": ["city": "Paris"]]
        let rules = [
            FieldRule(path: "a", match: .exact, weight: 3), FieldRule(path: "address.city", match: .text),
            FieldRule(path: "address", match: .ignore),
        ]
        let s = score(#"{"a": 1, "b": 5, "address": {"city": "paris"}}"#, expected: expected, rules: rules)
        #expect(s.status == .fail)
        #expect(abs(s.value - 4.0 / 5.0) < 1e-9)
        #expect(s.reasons == ["b: expected 2, got 5 [exact]"])
        #expect(s.fields.first { $0.path == "address.city" }?.status == .match)
    }

    @Test func notJSONIsUnscoredNotFailed() {
        let s = score("I cannot help with that.", expected: ["a": 1])
        #expect(s.status == .unscored)
    }
}
