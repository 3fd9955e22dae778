import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct ResumeTests {
    /// Stores the results of `ids` in a run left `running`, as a run killed after those cases would.
    func interruptedRun(_ project: TempProject, ids: Set<String>) async throws -> Int64 {
        let opened = try project.open()
        let plan = try opened.plan("sentiment", version: 1)
        let store = try opened.openStore()
        var record = RunRecord(
            prompt: "sentiment", version: 1, promptHash: plan.prompt.contentHash, testset: plan.testSet.name,
            testsetHash: plan.testSet.contentHash,
            provider: plan.provider.name, model: plan.prompt.settings.model, repeats: 1,
            caseCount: plan.testSet.cases.count,
            configJSON: JSONWriter.canonical(
                RunConfigSnapshot.json(
                    plan, options: .init(reference: PromptReference(name: "sentiment", version: 1)),
                    pricing: opened.config.pricing)), status: .running, startedAt: Date())
        record = try store.startRun(record)
        let runID = try #require(record.id)
        let executor = RunExecutor(
            provider: try ProviderFactory.make(for: plan, config: opened.config),
            scorers: ScorerSet(testSet: plan.testSet, output: .json), pricing: [:], concurrency: 1)
        let done = Set(
            plan.calls.filter { !ids.contains($0.request.caseID) }.map {
                CaseKey(caseID: $0.request.caseID, repeatIndex: $0.request.repeatIndex)
            })
        try await executor.execute(
            plan.excluding(done), onResult: { (result: CaseResult) in try store.save(result, runID: runID) })
        return runID
    }

    @Test func anInterruptedRunIsFinishedNotRepeated() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let runID = try await interruptedRun(project, ids: ["c1", "c2"])
        let opened = try project.open()
        let before = try opened.openStore().results(runID: runID).map(\.id)
        let outcome = try await RunCommand.run(
            project: opened, options: .init(reference: PromptReference(name: "sentiment", version: 1)))
        #expect(outcome.run.id == runID)
        #expect(outcome.resumedResults == 2)
        #expect(outcome.run.status == .completed)
        let after = try opened.openStore().results(runID: runID)
        #expect(after.map(\.caseID) == ["c1", "c2", "c3"], "exactly one result per case")
        #expect(Array(after.prefix(2)).map(\.id) == before, "stored results are kept, not redone")
    }

    @Test func noResumeStartsAFreshRunAndChangedInputsNeverResume() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let runID = try await interruptedRun(project, ids: ["c1"])
        var options = RunCommand.Options(reference: PromptReference(name: "sentiment", version: 1))
        options.resume = false
        let fresh = try await RunCommand.run(project: try project.open(), options: options)
        #expect(fresh.run.id != runID && fresh.resumedResults == 0 && fresh.metrics.results == 3)
        try project.write("prompts/sentiment/v1.md", MiniProject.prompt("Classify the sentiment (edited)."))
        try project.record(
            "sentiment", version: 1,
            outputs: [
                "c1": "{\"sentiment\": \"positive\", \"name\": \"Ann\"}",
                "c2": "{\"sentiment\": \"negative\", \"name\": null}",
                "c3": "{\"sentiment\": \"neutral\", \"name\": null}",
            ])
        let edited = try await RunCommand.run(
            project: try project.open(), options: .init(reference: PromptReference(name: "sentiment", version: 1)))
        #expect(edited.resumedResults == 0, "a run of other inputs is never resumed")
    }
}
