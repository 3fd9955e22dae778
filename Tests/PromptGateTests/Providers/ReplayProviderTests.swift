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
        try project.write(
            "testsets/reviews/cases.jsonl", MiniProject.cases.replacingOccurrences(of: "Terrible.", with: "Awful."))
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

/// Replay keeps only where each recording is, and reads it back when its case is called.
@Suite struct RecordingIndexTests {
    @Test func readsEachRecordingBackFromItsLine() throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let opened = try project.open()
        let plan = try opened.plan("sentiment", version: 1)
        let url = RecordingFile.url(config: opened.config, testset: "reviews", prompt: "sentiment", version: 1)
        let whole = try RecordingFile.load(url: url, display: "r")
        let index = try RecordingIndex(url: url, display: "r")
        #expect(
            index.recordedRepeats == 1
                && index.verify(plan.calls.lazy.map { ($0.caseID, $0.repeatIndex, $0.requestHash) }).isEmpty)
        #expect(index.keysInFileOrder.count == whole.recordings.count)
        for key in index.keysInFileOrder {
            #expect(try index.recording(for: key) == whole.recordings[key])
            #expect(index.line(of: key) == whole.lines[key])
        }
        #expect(try index.recording(for: .init(caseID: "nope", repeatIndex: 0)) == nil)
    }

    @Test func aFileRewrittenDuringTheRunIsAnErrorNotAnotherCasesAnswer() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let opened = try project.open()
        let plan = try opened.plan("sentiment", version: 1)
        let provider = try ProviderFactory.make(for: plan, config: opened.config)
        let url = RecordingFile.url(config: opened.config, testset: "reviews", prompt: "sentiment", version: 1)
        // Same file (same descriptor), lines in another order: offsets now point at other cases.
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data((lines.reversed().joined(separator: "\n") + "\n").utf8))
        try handle.close()
        do throws(ProviderError) {
            _ = try await provider.complete(plan.calls[0].request)
            Issue.record("a recordings file rewritten during the run must not answer")
        } catch {
            #expect(error.kind == .missingRecording && error.message.contains("changed during the run"))
        }
    }
}
