import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// `run --dry-run` counts what the test set's judges would add, apart from the answers.
@Suite struct JudgeDryRunTests {
    @Test func theJudgesShareIsEstimatedApart() throws {
        let project = try JudgeProject.make(base: "http://127.0.0.1:9", keyEnv: "PG_JUDGE_DRY_KEY")
        defer { project.remove() }
        var options = RunCommand.Options(reference: PromptReference(name: "reply", version: nil))
        options.repeats = 2
        let estimate = try RunCommand.dryRun(project: try project.open(), options: options)
        #expect(estimate.plannedCalls == 6, "3 cases x 2 repeats")
        let judge = try #require(estimate.judges.first)
        #expect(estimate.judges.count == 1)
        #expect(judge.judge == "polite@v1" && judge.model == "judge-model" && judge.provider == "live")
        #expect(judge.calls == 6 && judge.maxOutputTokens == 6 * 60, "one verdict per answer, up to max_tokens 60")
        // Each call reads the rendered judge prompt (~40 tokens) and an answer of at most 80 tokens.
        #expect(judge.inputTokens > 6 * 80 && judge.inputTokens < 6 * (80 + 60), "\(judge.inputTokens)")
        let cost = try #require(judge.costUSD)
        #expect(abs(cost - (Double(judge.inputTokens) * 10e-6 + Double(judge.maxOutputTokens) * 20e-6)) < 1e-12)
        #expect(
            estimate.estimatedCostUSD.map { abs($0 - (Double(estimate.estimatedInputTokens) * 1e-6 + 6 * 80 * 2e-6)) }
                .map { $0 < 1e-12 } == true, "the answers' estimate leaves the judge out")
    }
}
