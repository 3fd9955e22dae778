import Foundation
import PromptGate
import PromptGateTestSupport
import Testing

/// The pass-rate rule end to end: `promptgate gate` on 60 recorded cases, where v2 turns
/// some of v1's passes into failures (and fixes one). The pass-rate p-values are exact McNemar
/// values (scipy.stats.binomtest, see McNemarTests).
@Suite("Gate drop rule end to end")
struct GateDropRuleTests {
    static let caseCount = 60

    static func project(regressions: Int, fixes: Int) throws -> TempProject {
        let ids = (0..<caseCount).map { String(format: "c%02d", $0) }
        let cases = ids.map {
            #"{"id": "\#($0)", "vars": {"text": "Review \#($0): fine."}, "expected": {"sentiment": "positive", "name": null}}"#
        }
        let project = try TempProject(files: [
            "promptgate.yaml": MiniProject.config,
            "testsets/reviews/schema.json": MiniProject.schema,
            "testsets/reviews/cases.jsonl": cases.joined(separator: "\n") + "\n",
            "prompts/sentiment/v1.md": MiniProject.prompt("Classify the sentiment."),
            "prompts/sentiment/v2.md": MiniProject.prompt("Classify the sentiment, briefly."),
        ])
        let pass = #"{"sentiment": "positive", "name": null}"#
        let fail = #"{"sentiment": "negative", "name": null}"#
        // v1 fails the last `fixes` cases; v2 fails the first `regressions` and passes the rest.
        var v1: [String: String] = [:], v2: [String: String] = [:]
        for (index, id) in ids.enumerated() {
            v1[id] = index >= caseCount - fixes ? fail : pass
            v2[id] = index < regressions ? fail : pass
        }
        try project.record("sentiment", version: 1, outputs: v1)
        try project.record("sentiment", version: 2, outputs: v2)
        return project
    }

    static func passRateRule(regressions: Int, fixes: Int) async throws -> (GateRuleResult, GateCommand.Outcome) {
        let project = try Self.project(regressions: regressions, fixes: fixes)
        defer { project.remove() }
        let outcome = try await GateCommand.run(
            project: try project.open(), reference: PromptReference(name: "sentiment", version: 2))
        let rule = try #require(outcome.decision.rules.first { $0.rule == "pass_rate" })
        return (rule, outcome)
    }

    @Test func aBorderlineDropBeyondTheMaximumWarnsAndExitsZero() async throws {
        // 6 regressions, 1 fix: -8.3 points, one-sided p = 0.0625, between the pass rate's alpha
        // (0.04) and twice it.
        let (rule, outcome) = try await Self.passRateRule(regressions: 6, fixes: 1)
        #expect(rule.outcome == .warn)
        #expect(rule.message.contains("more than the allowed 5.0 points, and close to significant"))
        #expect(rule.message.contains("one-sided p = 0.062"))
        #expect(outcome.verdict == .warn && outcome.exitStatus == .ok)
    }

    @Test func aDropThatIsLikelyNoisePassesAndSaysSo() async throws {
        // 5 regressions, 1 fix: -6.7 points, one-sided p = 0.109.
        let (rule, outcome) = try await Self.passRateRule(regressions: 5, fixes: 1)
        #expect(rule.outcome == .ok)
        #expect(rule.message.contains("more than the allowed 5.0 points, but within run-to-run noise"))
        #expect(outcome.verdict == .pass)
    }

    @Test func aSignificantDropFails() async throws {
        // 9 regressions, 2 fixes: -11.7 points, one-sided p = 0.033 < 0.04.
        let (rule, outcome) = try await Self.passRateRule(regressions: 9, fixes: 2)
        #expect(rule.outcome == .fail)
        #expect(
            rule.message.contains("unlikely to be noise") && rule.message.contains("the whole interval is below zero"))
        #expect(outcome.verdict == .fail && outcome.exitStatus == .gateFailed)
    }
}
