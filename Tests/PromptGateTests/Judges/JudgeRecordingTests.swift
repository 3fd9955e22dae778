import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// `run --record` writes a live judge's replies to its recordings, which a replayed judge then answers.
    @Suite struct JudgeRecordingTests {
        @Test func recordedVerdictsReplayOffline() async throws {
            let server = try FakeLLMServer(answer: JudgeProject.answer(RubricJudgeTests.replies))
            defer { server.stop() }
            let project = try JudgeProject.make(base: server.openAIBaseURL, keyEnv: RubricJudgeTests.key)
            defer { project.remove() }
            try project.write(
                "promptgate.yaml",
                LiveProject.config(
                    base: server.openAIBaseURL, keyEnv: RubricJudgeTests.key,
                    providerExtra: "  replay:\n    type: replay", extra: "  judge-model: { input: 10.0, output: 20.0 }")
            )
            let (recorded, _) = try await RubricJudgeTests.run(project) { $0.record = true }
            #expect(server.requests.count == 6)
            let written = try #require(recorded.judgeRecordings.first)
            #expect(recorded.judgeRecordings.count == 1 && written.count == 3)
            #expect(written.url.path.hasSuffix("testsets/tickets/recordings/polite@v1.jsonl"))
            let lines = try String(contentsOf: written.url, encoding: .utf8).split(separator: "\n")
            #expect(lines.count == 3 && lines[0].contains(#""id":"reply@v1/c1""#), "\(lines)")

            // The judge now replays: its verdicts come from the file, not the server.
            try project.write("prompts/polite/v1.md", JudgeProject.judgePrompt(provider: "replay"))
            let (replayed, _) = try await RubricJudgeTests.run(project) { $0.noCache = true }
            #expect(server.requests.count == 9, "only the 3 answers were asked again")
            let stats = try #require(replayed.judges.first)
            #expect(stats.passed == 2 && stats.failed == 1 && stats.verdicts == [5: 2, 2: 1], "\(stats)")
        }
    }
}
