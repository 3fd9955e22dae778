import Testing

@testable import PromptGate

@Suite("Input echo")
struct InputEchoScorerTests {
    static let testCase = TestCase(
        id: "c1",
        vars: [
            "ticket": "From Maria Keller <maria.keller@example.com>, card 4111 1111 1111 1111, call +1 (312) 555-0147",
            "account": "AC-7734-2291",
        ],
        expected: ["customer_name": "Maria Keller", "summary": "Refund a duplicate charge."])

    static func scorer(surname: Bool = true, lastDigits: Int = 4, piiInInputs: Bool = false) -> InputEchoScorer {
        var policy = InputEchoPolicy()
        policy.sources = ["expected.customer_name", "vars.account"]
        policy.allowedFields = ["customer_name", "customer_email"]
        policy.surnames = surname
        policy.lastDigits = lastDigits
        policy.piiInInputs = piiInInputs
        return InputEchoScorer(policy: policy)
    }

    /// (summary text, expected finding spans as "form@start-end") for the default policy.
    @Test(arguments: [
        ("Refund a duplicate charge.", [String]()),
        ("Maria Keller was charged twice.", ["value@0-12"]),
        ("MARIA   KELLER was charged twice.", ["value@0-14"]),
        ("Customer maria-keller asks for a refund.", ["value@9-21"]),
        ("Ms Keller asks for a refund.", ["surname@3-9"]),
        ("Kellerman is another customer.", []),
        ("Account ac 7734 2291 is locked.", ["value@8-20"]),
        ("Account ending 2291 is locked.", ["last digits@15-19"]),
        ("Order 122291 is late.", []),
        ("Maria Keller (Keller) again", ["value@0-12", "surname@14-20"]),
    ])
    func findsEchoesInDisallowedFields(_ summary: String, _ expected: [String]) {
        let output: JSONValue = ["customer_name": "Maria Keller", "summary": .string(summary)]
        let findings = Self.scorer().findings(in: output, for: Self.testCase)
        #expect(findings.map { "\($0.form.rawValue)@\($0.start)-\($0.end)" } == expected)
        #expect(findings.allSatisfy { $0.path == "summary" }, "customer_name is allowed to hold the name")
    }

    @Test func partialFormsOnlyWhereConfigured() {
        let output: JSONValue = ["summary": "Ms Keller, account ending 2291"]
        #expect(Self.scorer(surname: false, lastDigits: 0).findings(in: output, for: Self.testCase).isEmpty)
        #expect(Self.scorer().findings(in: output, for: Self.testCase).count == 2)
    }

    @Test func personalDataFoundInInputsCountsWhenAsked() {
        let output: JSONValue = ["summary": "Reach her on 312 555 0147 or MARIA.KELLER@EXAMPLE.COM; card ends 1111."]
        let findings = Self.scorer(surname: false, lastDigits: 4, piiInInputs: true).findings(
            in: output, for: Self.testCase)
        #expect(findings.map(\.source).contains { $0.hasPrefix("input PII (EMAIL") })
        #expect(findings.map(\.source).contains { $0.hasPrefix("input PII (CREDIT_CARD") })
        #expect(findings.map(\.source).contains { $0.hasPrefix("input PII (PHONE") })
        // Without it only the name inside the address is an echo (of the configured value).
        #expect(
            Self.scorer(surname: false, lastDigits: 4).findings(in: output, for: Self.testCase).map(\.source) == [
                "expected.customer_name"
            ])
    }

    @Test func scoreNamesPathSourceAndOffsetsButNeverTheValue() throws {
        let text = "{\"customer_name\": \"Maria Keller\", \"summary\": \"Maria Keller was charged twice.\"}"
        let score = Self.scorer().score(ScorerInput.output(text), for: Self.testCase)
        #expect(score.status == .fail)
        #expect(
            score.reasons == ["summary: echo of expected.customer_name at characters 0-12 (not allowed in this field)"])
        #expect(!score.reasons.joined().contains("Keller"))
        #expect(score.details?.arrayValue?.first?["type"] == "INPUT_ECHO")
    }
}
