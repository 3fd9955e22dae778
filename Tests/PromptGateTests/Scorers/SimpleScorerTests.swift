import Testing

@testable import PromptGate

@Suite struct PlaceholderScorerTests {
    @Test(arguments: [
        "N/A", "n/a", "unknown", "None", "null", "", "-", "TBD", "not provided", "<customer_name>", "[email]",
        "{order_id}", " Unknown ",
    ])
    func placeholdersAreFlagged(value: String) {
        #expect(Placeholders().isPlaceholder(.string(value)))
        let s = PlaceholderScorer().score(
            ScorerInput.output(JSONWriter.canonical(["x": .string(value)])), for: ScorerInput.testCase(expected: nil))
        #expect(s.status == .fail)
        #expect(s.reasons.first?.hasPrefix("x: placeholder") == true)
    }

    @Test(arguments: ["Nadia", "nonetheless", "<3 thanks", "N/A please call", "a-b", "2024-01-01", "TBD-2000"])
    func realValuesAreNot(value: String) {
        #expect(!Placeholders().isPlaceholder(.string(value)))
    }

    @Test func customListReplacesTheDefault() {
        let p = Placeholders(["keine angabe"])
        #expect(p.isPlaceholder("Keine Angabe"))
        #expect(!p.isPlaceholder("N/A"))
    }
}

@Suite struct TruncationScorerTests {
    @Test(arguments: [
        (StopReason.length, ScoreStatus.fail), (.stop, .pass), (.toolUse, .pass), (.contentFilter, .pass),
    ])
    func lengthStopFails(stop: StopReason, status: ScoreStatus) {
        let s = TruncationScorer().score(ScorerInput.output("{}", stop: stop), for: ScorerInput.testCase(expected: nil))
        #expect(s.status == status)
        if status == .fail { #expect(s.reasons.first?.contains("max_tokens") == true) }
    }
}

@Suite struct ConfidenceScorerTests {
    @Test(arguments: [
        (#"{"confidence": 0.9}"#, ScoreStatus.pass), (#"{"confidence": 0.5}"#, .pass),
        (#"{"confidence": 0.49}"#, .fail),
        (#"{"confidence": "high"}"#, .fail), (#"{}"#, .fail), ("not json", .unscored),
    ])
    func threshold(output: String, status: ScoreStatus) {
        let s = ConfidenceScorer(rule: ConfidenceRule(field: "confidence", minimum: 0.5)).score(
            ScorerInput.output(output), for: ScorerInput.testCase(expected: nil))
        #expect(s.status == status)
    }
}

@Suite struct TemplateLeakScorerTests {
    @Test(arguments: [
        ("Dear {{customer_name}}, thanks", true),
        ("Dear {customer_name}, thanks", true),
        ("Dear { customer_name }, thanks", true),
        ("Dear Ann, thanks", false),
        ("JSON like {\"a\": 1} is fine", false),
        ("{unrelated} braces are fine", false),
    ])
    func leaksInTheReply(reply: String, leaks: Bool) {
        let s = TemplateLeakScorer().score(
            ScorerInput.output(reply), for: ScorerInput.testCase(expected: nil, vars: ["customer_name": "Ann"]))
        #expect((s.status == .fail) == leaks)
    }

    @Test func leaksInTheRenderedPromptAndEchoedTemplateText() throws {
        let rendered = ScorerInput.output("ok", messages: [ChatMessage(role: .system, content: "Hello {{name}}")])
        #expect(
            TemplateLeakScorer().score(rendered, for: ScorerInput.testCase(expected: nil)).reasons.first?.contains(
                "rendered system message") == true)
        let template = try Template(
            parsing: "You are a careful assistant that extracts fields from support tickets.\nTicket: {{t}}",
            firstLine: 1)
        let echo = ScorerInput.output(
            "You are a careful assistant that extracts fields from support tickets. Sure.", templates: [template])
        #expect(TemplateLeakScorer().score(echo, for: ScorerInput.testCase(expected: nil)).status == .fail)
    }
}

@Suite struct SchemaScorerTests {
    @Test func reportsPointersAndNotJSON() throws {
        let schema = try JSONSchema(["type": "object", "properties": ["amount": ["type": "number"]]])
        let s = SchemaScorer(schema: schema).score(
            ScorerInput.output(#"{"amount": "12"}"#), for: ScorerInput.testCase(expected: nil))
        #expect(s.status == .fail)
        #expect(s.reasons == ["/amount: expected number, got string"])
        let cut = SchemaScorer(schema: schema).score(
            ScorerInput.output(#"{"amount": 1"#, stop: .length), for: ScorerInput.testCase(expected: nil))
        #expect(cut.reasons.first?.contains("not JSON") == true)
        #expect(cut.reasons.first?.contains("cut off at max_tokens") == true)
    }
}

@Suite struct VerdictTests {
    @Test func hardScorersDecideAndUnscoredIsKeptApart() {
        let set = ScorerSet(scorers: [], hard: ["schema"], weights: ["fields": 3])
        let decided = set.decide([.pass("schema"), .fail("fields", value: 0.5, ["x"]), .unscored("pii", "n/a")])
        #expect(decided.verdict == .pass, "a soft scorer's failure does not fail the case")
        #expect(abs(decided.score - (1 + 3 * 0.5) / 4) < 1e-9, "unscored is not averaged in")
        #expect(decided.scores.first { $0.scorer == "fields" }?.hard == false)
        let failed = set.decide([.fail("schema", ["bad"])])
        #expect(failed.verdict == .fail && failed.reasons == ["schema: bad"])
    }
}

@Suite struct PIIScorerTests {
    @Test func allowedFieldsAndFindings() {
        var policy = PIIPolicy()
        policy.allowed["customer_email"] = ["EMAIL"]
        let output = ScorerInput.output(#"{"customer_email": "ann@example.com", "summary": "Reach ann@example.com"}"#)
        let s = PIIScorer(policy: policy).score(output, for: ScorerInput.testCase(expected: nil))
        #expect(s.status == .fail)
        #expect(s.reasons == ["summary: EMAIL at characters 6-21 (not allowed in this field)"])
        #expect(!s.reasons.joined().contains("ann@"), "findings never carry the value")
        let clean = ScorerInput.output(#"{"customer_email": "ann@example.com", "summary": "Asked for a refund."}"#)
        #expect(PIIScorer(policy: policy).score(clean, for: ScorerInput.testCase(expected: nil)).status == .pass)
    }
}
