import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// Errors no retry can fix stop the run at once, in the provider's own words, naming the key's variable.
    @Suite struct FatalErrorTests {
        static let cases = 40

        static func expectStoppedEarly(
            _ outcome: RunCommand.Outcome, server: FakeLLMServer, says words: [String]
        ) throws {
            #expect(
                server.requests.count <= 4,
                "at most the calls already in flight (concurrency 4), not \(server.requests.count)")
            #expect(outcome.run.status == .aborted && outcome.exitStatus == .incomplete)
            let reason = try #require(outcome.run.abortReason)
            for word in words { #expect(reason.contains(word), "\(reason)") }
            #expect(!reason.contains(ProviderFixtures.key))
        }

        @Test(arguments: ["openai", "anthropic"])
        func anExhaustedQuotaStopsTheRunAtOnce(api: String) async throws {
            let server = try FakeLLMServer { _ in .insufficientQuota }
            defer { server.stop() }
            let base = api == "openai" ? server.openAIBaseURL : server.anthropicBaseURL
            let project = try LiveProject.make(base: base, type: api, keyEnv: "PG_FATAL_KEY", cases: Self.cases)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_FATAL_KEY").run()
            try Self.expectStoppedEarly(
                outcome, server: server,
                says: [
                    api == "openai" ? "You exceeded your current quota" : "credit balance is too low",
                    "quota_exceeded", "`PG_FATAL_KEY`",
                ])
            let attempts = try store.attempts(runID: try #require(outcome.run.id))
            #expect(attempts.allSatisfy { $0.attempt == 1 }, "a quota error is never retried")
        }

        @Test func aRejectedKeyStopsTheRunAndNamesItsVariable() async throws {
            let server = try FakeLLMServer(expectedKey: "another-key-entirely") { _ in .content("{}") }
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_FATAL_KEY", cases: Self.cases)
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_FATAL_KEY").run()
            try Self.expectStoppedEarly(
                outcome, server: server, says: ["HTTP 401", "authentication", "`PG_FATAL_KEY`"])
        }

        @Test func anUnknownModelWithoutFallbackStopsTheRun() async throws {
            let server = try FakeLLMServer { _ in .modelNotFound }
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_FATAL_KEY", cases: Self.cases)
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_FATAL_KEY").run()
            try Self.expectStoppedEarly(outcome, server: server, says: ["HTTP 404", "does not exist"])
        }

        @Test func anUnknownModelWithAFallbackLetsTheFallbackAnswer() async throws {
            let server = try FakeLLMServer { request in
                request.model == "test-model" ? .modelNotFound : .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_FATAL_KEY", cases: 4,
                prompt: LiveProject.prompt(fallback: "backup-model"))
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_FATAL_KEY").run()
            #expect(outcome.run.status == .completed && outcome.metrics.passed == 4)
        }

        @Test func aRejectedParameterStopsTheRunAndSaysWhichSettingToChange() async throws {
            let server = try FakeLLMServer { _ in .unsupportedParameter("max_tokens") }
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_FATAL_KEY", cases: Self.cases)
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_FATAL_KEY").run()
            try Self.expectStoppedEarly(
                outcome, server: server, says: ["unsupported_parameter", "'max_tokens'", "token_parameter:"])
        }
    }
}
