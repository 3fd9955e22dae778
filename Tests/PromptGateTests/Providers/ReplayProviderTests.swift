import Foundation
import PromptGateTestSupport
import Testing
@testable import PromptGate

@Suite struct ReplayProviderTests {
    @Test func replaysMatchingRecordings() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let plan = try project.open().plan("sentiment", version: 1)
        let provider = try ProviderFactory.make(for: plan, config: try project.open().config)
        let response = try await provider.complete(plan.calls[0].request)
        #expect(response.text.contains("positive"))
    }

    @Test func aChangedPromptMakesRecordingsStaleAndSaysToReRecord() throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        try project.write("prompts/sentiment/v1.md", MiniProject.prompt("Classify the sentiment, carefully."))
        let plan = try project.open().plan("sentiment", version: 1)
        let config = try project.open().config
        do throws(InputError) {
            _ = try ProviderFactory.make(for: plan, config: config)
            Issue.record("a stale recording must not be reused")
        } catch {
            #expect(error.diagnostics.count == 3)
            #expect(error.description.contains("testsets/reviews/recordings/sentiment@v1.jsonl"))
            #expect(error.description.contains("stale"))
            #expect(error.description.contains("re-record"))
        }
    }

    @Test func aChangedCaseMakesOnlyThatRecordingStale() throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        try project.write("testsets/reviews/cases.jsonl", MiniProject.cases.replacingOccurrences(of: "Terrible.", with: "Awful."))
        let plan = try project.open().plan("sentiment", version: 1)
        let config = try project.open().config
        do throws(InputError) {
            _ = try ProviderFactory.make(for: plan, config: config)
            Issue.record("expected staleness")
        } catch {
            #expect(error.diagnostics.map(\.caseID) == ["c2"])
        }
    }

    @Test func missingRecordingsFileSaysHowToRecord() throws {
        let project = try MiniProject.make()
        defer { project.remove() }
        let plan = try project.open().plan("sentiment", version: 1)
        #expect(throws: InputError.self) { try ProviderFactory.make(for: plan, config: try project.open().config) }
    }
}
