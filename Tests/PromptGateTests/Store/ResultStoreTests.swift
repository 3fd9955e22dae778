import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct ResultStoreTests {
    @Test func roundTripsRunsResultsScoresAndFields() throws {
        let project = try TempProject()
        defer { project.remove() }
        let store = try ResultStore(path: project.root.appendingPathComponent("db.sqlite").path)
        let run = try store.startRun(
            RunRecord(
                prompt: "p", version: 2, promptHash: "sha256:a", testset: "t", testsetHash: "sha256:b",
                provider: "replay",
                model: "m", repeats: 1, caseCount: 1, configJSON: "{}", status: .running, startedAt: Date()))
        let runID = try #require(run.id)
        var result = CaseResult(caseID: "c1", repeatIndex: 0, tags: ["critical"], requestHash: "sha256:c")
        result.response = CompletionResponse(
            text: "{\"a\":1}", stopReason: .length, usage: TokenUsage(inputTokens: 10, outputTokens: 5), model: "m",
            latencyMs: 42)
        result.parsed = ParsedOutput(value: ["a": 1], mode: .fenced)
        let field = FieldOutcome(path: "a", status: .mismatch, expected: 2, actual: 1, weight: 2, matcher: "exact")
        result.evaluation = CaseEvaluation(
            scores: [
                Score(scorer: "fields", status: .fail, value: 0, reasons: ["a: expected 2, got 1"], fields: [field]),
                .unscored("pii", "no text"),
            ],
            verdict: .fail, score: 0.25, reasons: ["fields: a: expected 2, got 1"])
        result.costUSD = 0.5
        try store.save(result, runID: runID)
        try store.finishRun(runID, status: .completed)

        let snapshot = try store.snapshot(runID: runID)
        #expect(snapshot.run.status == .completed)
        #expect(snapshot.run.finishedAt != nil)
        let row = try #require(snapshot.results.first)
        #expect(row.caseID == "c1" && row.verdict == .fail && row.score == 0.25)
        #expect(row.tags == ["critical"])
        #expect(row.parseMode == .fenced && row.stopReason == "length")
        #expect(row.inputTokens == 10 && row.outputTokens == 5 && row.latencyMs == 42 && row.costUSD == 0.5)
        #expect(row.output == nil, "snapshots leave the parsed output out")
        #expect(try store.results(runID: runID).first?.output == ["a": 1])
        #expect(row.reasons == ["fields: a: expected 2, got 1"])
        let scores = snapshot.scores(of: row)
        #expect(scores.map(\.scorer) == ["fields", "pii"])
        #expect(scores[1].status == .unscored)
        let fields = snapshot.fields(of: row)
        #expect(
            fields.count == 1 && fields[0].status == .mismatch && fields[0].expectedJSON == "2" && fields[0].weight == 2
        )
        #expect(try store.latestCompletedRun(prompt: "p", version: 2)?.id == runID)
    }

    @Test func aCaseAndRepeatIsStoredOnce() throws {
        let project = try TempProject()
        defer { project.remove() }
        let store = try ResultStore(path: project.root.appendingPathComponent("db.sqlite").path)
        let run = try store.startRun(
            RunRecord(
                prompt: "p", version: 1, promptHash: "", testset: "t", testsetHash: "", provider: "replay",
                model: "m", repeats: 1, caseCount: 1, configJSON: "{}", status: .running, startedAt: Date()))
        let result = CaseResult(caseID: "c1", repeatIndex: 0, tags: [], requestHash: "")
        try store.save(result, runID: try #require(run.id))
        #expect(throws: StoreError.self) { try store.save(result, runID: try #require(run.id)) }
    }
}
