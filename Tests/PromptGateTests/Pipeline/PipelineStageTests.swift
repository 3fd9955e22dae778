import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// Each stage of the assembled pipeline works alone, and the factory applies the provider's
/// declared capabilities once.
@Suite struct PipelineStageTests {
    func plan() throws -> (TempProject, RunPlan) {
        let project = try MiniProject.makeRecorded()
        return (project, try project.open().plan("sentiment", version: 1))
    }

    @Test func theRenderStageRendersOnceAndKeepsThePlannersHash() throws {
        let (project, plan) = try plan()
        defer { project.remove() }
        let call = try #require(plan.calls.first)
        let rendered = TemplateRendering().render(call)
        #expect(rendered.request.messages.last?.content.contains("I love it, says Ann") == true)
        #expect(
            rendered.hash == rendered.request.requestHash,
            "the planner's hash is the hash of the request the stage renders")
        #expect(rendered.json == JSONWriter.canonical(rendered.request.contentJSON))
    }

    @Test func theValidateStageReturnsTheViolationsItFoundOnce() throws {
        let (project, plan) = try plan()
        defer { project.remove() }
        let validator = OutputValidator(schema: plan.testSet.validator, reasks: 2, reaskRefusals: false)
        let bad = validator.validate(OutputParser.parse(#"{"sentiment": "angry", "name": null}"#))
        #expect(bad.violations.count == 1 && bad.problem?.contains("does not match the schema") == true)
        let notJSON = validator.validate(OutputParser.parse("no"))
        #expect(notJSON.violations.isEmpty && notJSON.problem?.contains("not valid JSON") == true)
        #expect(validator.validate(OutputParser.parse(#"{"sentiment": "neutral", "name": null}"#)).problem == nil)
    }

    @Test func theSchemaScorerUsesTheViolationsTheValidateStageFound() {
        var output = ScorerInput.output(#"{"a": 1}"#)
        let schema = try? JSONSchema(["type": "object"])
        #expect(SchemaScorer(schema: schema).score(output, for: ScorerInput.testCase(expected: nil)).status == .pass)
        output.schemaViolations = [SchemaViolation(instancePath: "/a", schemaPath: "/type", message: "handed on")]
        let score = SchemaScorer(schema: schema).score(output, for: ScorerInput.testCase(expected: nil))
        #expect(
            score.status == .fail && score.reasons.first?.contains("handed on") == true, "not validated a second time")
    }

    @Test func theParseStageReadsJSONOnlyForJSONOutput() {
        let response = CompletionResponse(
            text: "```json\n{\"a\": 1}\n```", stopReason: .stop, usage: TokenUsage(inputTokens: 0, outputTokens: 0),
            model: "m", latencyMs: 1)
        #expect(OutputParsing().parse(response, as: .json).value == ["a": 1])
        #expect(OutputParsing().parse(response, as: .text).value == nil)
    }

    @Test func aReplayIsNeitherCachedReaskedNorRecordedAndALiveProviderIs() throws {
        let replay = ProviderConfig(name: "r", kind: .replay).capabilities
        #expect(!replay.cacheable && !replay.canReask && !replay.recordable && !replay.streams)
        for kind in [ProviderConfig.Kind.openai, .anthropic, .exec] {
            let live = ProviderConfig(name: "l", kind: kind).capabilities
            #expect(live.cacheable && live.canReask && live.recordable, "\(kind)")
        }
    }

    @Test func theFactoryGivesAProviderThatCannotReaskNoReasks() throws {
        let (project, plan) = try plan()
        defer { project.remove() }
        var policy = RetryPolicy()
        policy.reasks = 3
        let provider = try ProviderFactory.make(for: plan, config: try project.open().config)
        let stages = PipelineFactory.stages(
            for: plan, provider: provider, scorers: ScorerSet(scorers: []), policy: policy,
            governor: CallGovernor(concurrency: 1), cache: nil, pricing: [:], log: nil)
        #expect(stages.validate.reasks == 0, "a replay's recordings answer only the requests they were made for")
    }
}
