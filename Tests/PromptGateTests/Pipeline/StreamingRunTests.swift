import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// A run streams by default: a stream cut short or carrying an error event is retried, never
    /// scored; each answered attempt stores its time to first token and the report shows p50/p95.
    @Suite struct StreamingRunTests {
        @Test(arguments: ["openai", "anthropic"])
        func faultyStreamsAreRetriedAndTimeToFirstTokenIsStoredAndReported(api: String) async throws {
            let server = try FakeLLMServer { request in
                .slowFirstToken(LiveProject.goodAnswer(request.caseKey ?? ""), seconds: 0.15)
            }
            defer { server.stop() }
            server.script("c1", [.streamError("{\"sentiment\": ")])
            server.script("c2", [.streamCut("{\"sentiment\": ")])
            server.script("c3", [.streamCut("{\"sentiment\": ", closeConnection: true)])
            let project = try LiveProject.make(
                base: api == "openai" ? server.openAIBaseURL : server.anthropicBaseURL, type: api,
                keyEnv: "PG_STREAM_KEY", cases: 4)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_STREAM_KEY").run()
            let runID = try #require(outcome.run.id)
            let results = try store.results(runID: runID)
            #expect(
                results.count == 4 && results.allSatisfy { $0.verdict == .pass },
                "\(results.map { ($0.caseID, $0.verdict, $0.errorMessage) })")
            #expect(server.log.allSatisfy { $0.body["stream"] == true })
            let attempts = try store.attempts(runID: runID)
            let failed = Dictionary(
                uniqueKeysWithValues: attempts.filter { $0.errorKind != nil }.map { ($0.caseID, $0) })
            #expect(failed["c1"]?.errorKind == (api == "openai" ? "server_error" : "overloaded"))
            #expect(failed["c2"]?.errorKind == "truncated_response")
            #expect(failed["c3"] != nil && failed["c4"] == nil)
            #expect(failed.values.allSatisfy { $0.firstTokenMs == nil })
            let answered = attempts.filter { $0.errorKind == nil }
            #expect(answered.count == 4)
            for attempt in answered {
                let firstToken = try #require(attempt.firstTokenMs)
                #expect(
                    firstToken >= 140 && firstToken <= attempt.latencyMs + 1,
                    "\(firstToken) ms of \(attempt.latencyMs) ms")
            }
            let report = try String(contentsOf: try #require(outcome.reportURL), encoding: .utf8)
            let row = try #require(
                report.split(separator: "\n").first { $0.contains("time to first token p50 / p95") }, "\(report)")
            #expect(row.contains("(4 streamed calls)"), "\(row)")
            let latency = try #require(
                report.split(separator: "\n").firstIndex { $0.contains("latency p50 / p95 / p99") })
            let ttft = try #require(report.split(separator: "\n").firstIndex { $0.contains("time to first token") })
            #expect(ttft == latency + 1, "shown beside latency")
        }

        @Test func streamFalseInThePromptAsksForWholeAnswersAndTheReportHasNoFirstTokenRow() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_STREAM_KEY", cases: 2,
                prompt: LiveProject.prompt(extra: "stream: false"))
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_STREAM_KEY").run()
            let runID = try #require(outcome.run.id)
            #expect(try store.results(runID: runID).allSatisfy { $0.verdict == .pass })
            #expect(server.log.count == 2 && server.log.allSatisfy { $0.body["stream"] == nil })
            #expect(try store.attempts(runID: runID).allSatisfy { $0.firstTokenMs == nil })
            let report = try String(contentsOf: try #require(outcome.reportURL), encoding: .utf8)
            #expect(!report.contains("time to first token"))
        }
    }
}
