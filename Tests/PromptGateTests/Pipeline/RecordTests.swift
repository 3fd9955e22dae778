import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct RecordTests {
        @Test func aRecordedRunReplaysOfflineWithTheSameVerdicts() async throws {
            let server = try FakeLLMServer { request in
                request.caseKey == "c3"
                    ? .content(#"{"sentiment": "neutral", "name": null}"#)
                    : .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RECORD_KEY", cases: 3,
                providerExtra:
                    "  strict:\n    type: openai\n    base_url: \(server.openAIBaseURL)\n    api_key_env: PG_RECORD_KEY\n    structured_output: json_schema\n  replay:\n    type: replay",
                extra: "retry:\n  reask: 0\n")
            defer { project.remove() }
            let (live, _) = try await LiveRun(project: project, keyEnv: "PG_RECORD_KEY").run {
                $0.record = true
                $0.provider = "strict"
            }
            #expect(live.recording?.count == 3)
            #expect(
                try project.read("testsets/reviews/recordings/sentiment@v1.jsonl").split(separator: "\n").count == 3)
            #expect(server.requests.count == 3)
            let (replayed, _) = try await LiveRun(project: project, keyEnv: "PG_RECORD_KEY").run {
                $0.provider = "replay"
            }
            #expect(server.requests.count == 3, "replay calls nothing")
            #expect(replayed.metrics.passed == live.metrics.passed && replayed.metrics.failed == live.metrics.failed)
            #expect(replayed.metrics.passed == 2)
        }

        @Test func recordingNeedsALiveProvider() async throws {
            let project = try LiveProject.make(
                base: "http://127.0.0.1:9/v1", keyEnv: "PG_RECORD_KEY", providerExtra: "  replay:\n    type: replay")
            defer { project.remove() }
            await #expect(throws: InputError.self) {
                _ = try await LiveRun(project: project, keyEnv: "PG_RECORD_KEY").run {
                    $0.record = true
                    $0.provider = "replay"
                }
            }
        }
    }
}
