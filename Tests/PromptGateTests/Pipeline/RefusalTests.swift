import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// Refusals and content filters are outcomes: stored, counted, gated, and re-asked only on request.
    @Suite struct RefusalTests {
        static func server() throws -> FakeLLMServer {
            try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
        }

        @Test(arguments: ["openai", "anthropic"])
        func aRefusalIsStoredAsItsOwnOutcomeAndNotReAsked(api: String) async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c1", [.content("I can't help with that request.", stop: .refusal)])
            server.script("c2", [.content("", stop: .contentFilter)])
            let base = api == "openai" ? server.openAIBaseURL : server.anthropicBaseURL
            let project = try LiveProject.make(base: base, type: api, keyEnv: "PG_REFUSAL_KEY", cases: 3)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_REFUSAL_KEY").run()
            let runID = try #require(outcome.run.id)
            #expect(server.log(forCase: "c1").count == 1, "a refusal is not re-asked by default")
            #expect(server.log(forCase: "c2").count == 1)
            let results = Dictionary(uniqueKeysWithValues: try store.results(runID: runID).map { ($0.caseID, $0) })
            let refused = try #require(results["c1"])
            #expect(refused.stopReason == "refusal" && refused.verdict == .fail)
            #expect(refused.reasons.contains { $0.hasPrefix("refusal: the model refused") }, "\(refused.reasons)")
            let filtered = try #require(results["c2"])
            #expect(filtered.stopReason == (api == "openai" ? "content_filter" : "refusal"))
            #expect(filtered.verdict == .fail)
            #expect(try store.deadLetters(runID: runID).isEmpty, "a refusal is an outcome, not an unusable answer")
            let report = try String(contentsOf: try #require(outcome.reportURL), encoding: .utf8)
            #expect(report.contains(api == "openai" ? "content_filter 1, refusal 1" : "refusal 2"), "\(report)")
        }

        @Test func aReAskAfterARefusalIsOptInAndTheResultKeepsTheRefusal() async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c1", [.content("I won't answer that.", stop: .refusal)])
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_REFUSAL_KEY", cases: 1, extra: "retry:\n  reask_refusals: true")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_REFUSAL_KEY").run()
            let runID = try #require(outcome.run.id)
            #expect(server.log(forCase: "c1").count == 2)
            let result = try #require(try store.results(runID: runID).first)
            #expect(result.verdict == .pass && result.stopReason == "stop")
            let snapshot = try store.snapshot(runID: runID)
            let stored = try #require(snapshot.results.first)
            let score = try #require(snapshot.scores(of: stored).first { $0.scorer == RefusalFinding.id })
            #expect(score.reasons == ["the first answer was refused (refusal); a re-ask answered"])
        }

        @Test func aCaseTheBaselineAnsweredAndTheCandidateRefusedFailsTheGate() async throws {
            let server = try FakeLLMServer { request in
                let v2 = request.messages.contains { $0.content.contains("Version two.") }
                return v2 && request.caseKey == "c2"
                    ? .content("I can't help with that.", stop: .refusal)
                    : .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_REFUSAL_KEY", cases: 3)
            defer { project.remove() }
            try project.write(
                "prompts/sentiment/v2.md",
                LiveProject.prompt().replacingOccurrences(of: "JSON only.", with: "JSON only. Version two."))
            let run = LiveRun(project: project, keyEnv: "PG_REFUSAL_KEY")
            _ = try await run.run(version: 1)
            _ = try await run.run(version: 2)
            let outcome = try await GateCommand.run(
                project: try project.open(), reference: PromptReference(name: "sentiment", version: 2))
            let rule = try #require(outcome.decision.rules.first { $0.rule == "refusals" })
            #expect(rule.outcome == .fail && rule.message.contains("c2"), "\(rule.message)")
            #expect(outcome.verdict == .fail)
        }
    }
}
