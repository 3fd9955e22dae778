import Foundation
import PromptGateJSON
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// Time to first token reaches the JSON export (p50/p95 in `metrics`, per case in `cases`) and
    /// the HTML viewer (a summary row beside latency, and each repeat's line), and is null or
    /// absent when nothing streamed.
    @Suite struct FirstTokenExportTests {
        /// Runs four cases whose streams send their first token after 0.15 s; c1's first stream is
        /// cut, so its answer comes from its second attempt.
        func streamedRun(stream: Bool = true) async throws -> (runID: Int64, ResultStore, Project, TempProject) {
            let server = try FakeLLMServer { request in
                .slowFirstToken(LiveProject.goodAnswer(request.caseKey ?? ""), seconds: 0.15)
            }
            defer { server.stop() }
            if stream { server.script("c1", [.streamCut("{\"sentiment\": ")]) }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_TTFT_KEY", cases: 4,
                prompt: LiveProject.prompt(extra: stream ? "" : "stream: false"))
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_TTFT_KEY").run()
            return (try #require(outcome.run.id), store, try project.open(), project)
        }

        @Test func theJSONExportCarriesTimeToFirstTokenPerRunAndPerCase() async throws {
            let (runID, store, _, project) = try await streamedRun()
            defer { project.remove() }
            let text = try ReportCommand.render(runID: runID, store: store, format: .json, showPII: false)
            let json = try JSONParser.parse(text)
            let metrics = try #require(json["metrics"])
            let p50 = try #require(metrics["first_token_ms_p50"]?.numberValue, "\(metrics)")
            let p95 = try #require(metrics["first_token_ms_p95"]?.numberValue)
            #expect(p50 >= 140 && p95 >= p50)
            #expect(metrics["first_token_calls"]?.numberValue == 4)
            let answered = try store.attempts(runID: runID).filter { $0.errorKind == nil }
            let cases = try #require(json["cases"]?.arrayValue, "\(text)")
            #expect(cases.count == 4)
            for item in cases {
                let id = try #require(item["id"]?.stringValue)
                let stored = try #require(answered.first { $0.caseID == id }?.firstTokenMs)
                #expect(abs((item["first_token_ms"]?.numberValue ?? -1) - stored) < 0.01, "\(id)")
            }
        }

        @Test func theExportSaysNullWhenNothingStreamed() async throws {
            let (runID, store, _, project) = try await streamedRun(stream: false)
            defer { project.remove() }
            let json = try JSONParser.parse(
                try ReportCommand.render(runID: runID, store: store, format: .json, showPII: false))
            #expect(json["metrics"]?["first_token_ms_p50"] == .null)
            #expect(json["metrics"]?["first_token_calls"]?.numberValue == 0)
            let cases = try #require(json["cases"]?.arrayValue)
            #expect(cases.count == 4 && cases.allSatisfy { $0["first_token_ms"] == .null })
            let html = try HTMLReportCommand.render(
                project: try project.open(), store: store, runID: runID, baselineID: nil, showPII: false)
            #expect(!html.contains("time to first token"))
        }

        @Test func theViewerShowsTimeToFirstTokenBesideLatency() async throws {
            let (runID, store, opened, project) = try await streamedRun()
            defer { project.remove() }
            let html = try HTMLReportCommand.render(
                project: opened, store: store, runID: runID, baselineID: nil, showPII: false)
            let row = try #require(
                html.components(separatedBy: "<tr>").first { $0.contains("time to first token p50 / p95") },
                "no first-token row")
            #expect(row.contains("(4 streamed calls)"), "\(row)")
            let latency = try #require(html.range(of: "latency p50 / p95"))
            let firstToken = try #require(html.range(of: "time to first token p50 / p95"))
            #expect(latency.upperBound < firstToken.lowerBound, "shown after latency")
            let values = html.matches(of: /"first_token_ms":\s*([0-9.]+)/).compactMap { Double($0.output.1) }
            #expect(values.count == 4 && values.allSatisfy { $0 >= 140 }, "\(values)")
            #expect(html.contains("first token "), "each repeat's line names its time to first token")
        }
    }
}
