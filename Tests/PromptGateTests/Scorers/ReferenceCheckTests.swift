import Testing

@testable import PromptGate

/// Reference checks for free text (no model): token F1, contains, length, edit similarity, and
/// the `text:` checks of a whole reply.
@Suite struct ReferenceCheckTests {
    @Test(
        "token F1 as reading-comprehension benchmarks compute it",
        arguments: [
            ("The cat sat on the mat", "a cat sat on a mat", 1.0),
            ("Cat, sat!", "cat sat", 1.0),
            ("refund the order", "refund order now", 0.8),  // 2 common of 2 and 3: P 1, R 2/3
            ("nothing in common", "entirely different words", 0.0),
            ("", "", 1.0),
            ("", "something", 0.0),
            ("yes yes yes", "yes", 0.5),  // multiset: 1 common of 3 and 1
        ] as [(String, String, Double)])
    func tokenF1(reply: String, reference: String, expected: Double) {
        #expect(abs(TokenF1.score(reply, reference: reference) - expected) < 1e-9)
    }

    @Test(
        "each check passes and fails where it should",
        arguments: [
            (
                ReferenceCheck.tokenF1(threshold: 0.6), "Refund of the broken blender", "\"refund for broken blender\"",
                true
            ),
            (.tokenF1(threshold: 0.6), "We shipped your order", "\"refund for broken blender\"", false),
            (
                .contains(mode: .any, values: ["refund", "return"], caseSensitive: false),
                "A RETURN label is attached.", "null", true
            ),
            (
                .contains(mode: .any, values: ["refund", "return"], caseSensitive: false), "We apologise.", "null",
                false
            ),
            (
                .contains(mode: .all, values: ["refund", "label"], caseSensitive: false),
                "Refund issued; label attached", "null", true
            ),
            (.contains(mode: .all, values: ["refund", "label"], caseSensitive: false), "Refund issued", "null", false),
            (.contains(mode: .none, values: ["as an ai"], caseSensitive: false), "As an  AI, I cannot", "null", false),
            (.contains(mode: .none, values: ["as an ai"], caseSensitive: false), "Here is your answer", "null", true),
            (.contains(mode: .any, values: ["Refund"], caseSensitive: true), "refund", "null", false),
            (
                .contains(mode: .all, values: nil, caseSensitive: false), "order ORD-1 refunded",
                "[\"ord-1\", \"refunded\"]", true
            ),
            (
                .contains(mode: .all, values: nil, caseSensitive: false), "order refunded", "[\"ord-1\", \"refunded\"]",
                false
            ),
            (.length(minimum: 2, maximum: 4, inWords: true), "one two three", "null", true),
            (.length(minimum: 2, maximum: 4, inWords: true), "one two three four five", "null", false),
            (.length(minimum: nil, maximum: 5, inWords: false), "123456", "null", false),
        ] as [(ReferenceCheck, String, String, Bool)])
    func checks(check: ReferenceCheck, reply: String, expected: String, passes: Bool) throws {
        let judged = check.judge(reply, expected: try JSONParser.parse(expected))
        #expect(judged.passed == passes)
        #expect((judged.note == nil) == passes, "a failure says what was measured")
    }

    @Test func aFailedTokenF1SaysTheMeasuredValue() {
        let judged = ReferenceCheck.tokenF1(threshold: 0.6).judge("shipped late", expected: "refund for broken blender")
        #expect(judged.note == "token F1 0.00 below 0.60")
    }

    @Test func fieldsUseReferenceChecksAndReferenceFreeChecksNeedNoExpectedValue() {
        var settings = TestSetSettings()
        settings.fields = [
            FieldRule(path: "summary", match: .reference(.tokenF1(threshold: 0.5))),
            FieldRule(path: "reply", match: .reference(.length(minimum: nil, maximum: 3, inWords: true))),
        ]
        let scorer = FieldScorer(settings: settings)
        let good = scorer.score(
            ScorerInput.output(#"{"summary": "blender arrived broken", "reply": "sorry about that"}"#),
            for: ScorerInput.testCase(expected: ["summary": "the blender arrived broken"]))
        #expect(good.status == .pass)
        #expect(good.fields.first { $0.path == "reply" }?.status == .match, "a length check needs no expected value")
        let bad = scorer.score(
            ScorerInput.output(#"{"summary": "order shipped", "reply": "we are very sorry about that"}"#),
            for: ScorerInput.testCase(expected: ["summary": "the blender arrived broken"]))
        #expect(bad.status == .fail)
        #expect(bad.reasons.contains { $0.contains("token F1") })
        #expect(bad.reasons.contains { $0.contains("6 words, more than 3") })
    }

    func textScore(_ reply: String, expected: JSONValue?, rules: [FieldRule]) -> Score {
        var settings = TestSetSettings()
        settings.textRules = rules
        return TextScorer(settings: settings).score(
            ScorerInput.output(reply), for: ScorerInput.testCase(expected: expected))
    }

    @Test func aTextReplyIsComparedWithTheExpectedText() {
        let rules = [
            FieldRule(path: "token_f1", match: .reference(.tokenF1(threshold: 0.6))),
            FieldRule(
                path: "not_contains",
                match: .reference(.contains(mode: .none, values: ["as an ai"], caseSensitive: false))),
        ]
        #expect(
            textScore(
                "Your refund for the broken blender is on its way.",
                expected: "refund for the broken blender on its way", rules: rules
            ).status == .pass)
        let wrong = textScore(
            "As an AI I cannot help.", expected: "refund for the broken blender on its way", rules: rules)
        #expect(wrong.status == .fail)
        #expect(wrong.value == 0)
        #expect(wrong.reasons.count == 2)
    }

    @Test func anExpectedTextWithNoCheckIsNeverSilentlyIgnored() {
        let score = textScore("anything", expected: "the reference answer", rules: [])
        #expect(score.status == .unscored)
        #expect(score.reasons.first?.contains("add a `text:` check") == true)
    }

    @Test func textOutputRunsTheTextScorer() {
        let testSet = TestSet(
            name: "t", path: "testsets/t", cases: [TestCase](), schema: nil, settings: TestSetSettings(),
            contentHash: "h")
        #expect(ScorerSet(testSet: testSet, output: .text).ids.contains(TextScorer.id))
        #expect(!ScorerSet(testSet: testSet, output: .json).ids.contains(TextScorer.id))
    }
}
