import Testing

@testable import PromptGate

/// Scorers describe themselves (id, metrics, hardness, gate rule) and the registry hands that to
/// the scorer set, the run metrics, the gate and the summary table.
@Suite struct ScorerRegistryTests {
    /// A test set with every optional scorer configured.
    static func testSet() -> TestSet {
        var settings = TestSetSettings()
        settings.inputEcho.sources = ["name"]
        settings.confidence = ConfidenceRule(field: "confidence", minimum: 0.5)
        settings.judges = [JudgeUse(name: "judge-summary", field: "summary")]
        return TestSet(
            name: "t", path: "testsets/t", cases: [TestCase](), schema: ["type": "object"], settings: settings,
            contentHash: "h")
    }

    @Test func everyRegisteredScorerHasAUniqueIdAndIsMadeForSomeOutputMode() {
        let ids = ScorerRegistry.all.map { $0.id }
        #expect(Set(ids).count == ids.count)
        let json = ScorerSet(testSet: Self.testSet(), output: .json).ids
        let text = ScorerSet(testSet: Self.testSet(), output: .text).ids
        #expect(Set(json).union(text) == Set(ids), "a registered scorer that no test set makes never runs")
    }

    /// `ids` holds `expected` in this order (a scorer added later may sit anywhere between them).
    static func inOrder(_ ids: [String], _ expected: [String]) -> Bool {
        ids.filter(expected.contains) == expected
    }

    @Test func theScorerSetRunsTheRegistryInItsOrderForEachOutputMode() {
        let json = ScorerSet(testSet: Self.testSet(), output: .json).ids,
            text = ScorerSet(testSet: Self.testSet(), output: .text).ids
        #expect(
            Self.inOrder(
                json,
                [
                    "schema", "truncation", "template_leak", "pii", "input_echo", "fields", "placeholders",
                    "confidence", "judge",
                ]))
        #expect(Self.inOrder(text, ["truncation", "template_leak", "pii", "input_echo", "text", "judge"]))
        #expect(!json.contains("text") && !text.contains("schema") && !text.contains("fields"))
        let plain = TestSet(
            name: "t", path: "testsets/t", cases: [TestCase](), schema: nil, settings: TestSetSettings(),
            contentHash: "h")
        #expect(
            !ScorerSet(testSet: plain, output: .json).ids.contains("input_echo"), "input_echo runs only when configured"
        )
        #expect(
            !ScorerSet(testSet: plain, output: .text).ids.contains("judge"),
            "judge runs only when the test set names judges")
    }

    @Test func theSchemaScorerUsesTheSchemaTheTestSetCompiledOnce() throws {
        let set = ScorerSet(testSet: Self.testSet(), output: .json)
        let schema = try #require(set.scorers.first as? SchemaScorer)
        #expect(schema.schema != nil)
        let output = ScorerInput.output("[1]")
        #expect(
            schema.score(output, for: ScorerInput.testCase(expected: nil)).status == .fail,
            "the compiled schema wants an object")
    }

    @Test func metricsAreOnePerIdInSummaryOrderAndSharedIdsAddUp() {
        let ids = ScorerRegistry.metrics.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(
            Self.inOrder(
                ids,
                [
                    "schema_validity", "field_accuracy", "pii_findings", "placeholder_results", "truncations",
                    "template_leaks",
                ]))
        #expect(ScorerRegistry.scorers(feeding: "pii_findings") == ["pii", "input_echo"])
        #expect(ScorerRegistry.scorers(feeding: "field_accuracy") == ["fields", "text"])
    }

    @Test func theSummaryTableHasARowPerDeclaredMetricBetweenTheHeadlineAndTheOperationalRows() {
        let labels = ScorerRegistry.metrics.map(\.label)
        #expect(
            Self.inOrder(
                labels,
                [
                    "schema validity", "field accuracy", "PII findings (outside allowed fields)",
                    "answers with placeholders",
                    "truncated at max_tokens", "template leaks",
                ]))
    }

    @Test func gateRulesComeFromTheScorersInTableOrderWithInputEchoCountedAsPII() {
        let rules = ScorerRegistry.gateRules
        #expect(Self.inOrder(rules.map(\.rule.rule), ["schema_validity", "pii", "template_leaks"]))
        #expect(rules.first { $0.rule.rule == "pii" }?.scorers == ["pii", "input_echo"])
        for (rule, _) in rules {
            #expect(GatePolicy().limit(named: rule.limit) != nil, "rule \(rule.rule) names a policy key the gate holds")
        }
    }

    @Test func aRefusalIsAlwaysHardAndOtherScorersAreAsConfigured() {
        let set = ScorerSet(scorers: [], hard: ["schema"])
        #expect(set.isHard(RefusalFinding.id), "`scorers: hard:` cannot soften a refusal")
        #expect(set.isHard("schema"))
        #expect(!set.isHard("fields"))
        #expect(ScorerSet(scorers: []).isHard("fields"), "without a list every scorer is hard")
    }

    @Test func theCriticalTagIsOneConstant() {
        #expect(TestCase(id: "c", vars: [:], expected: nil, tags: [CaseTag.critical]).isCritical)
        #expect(!TestCase(id: "c", vars: [:], expected: nil, tags: ["Critical"]).isCritical)
    }
}
