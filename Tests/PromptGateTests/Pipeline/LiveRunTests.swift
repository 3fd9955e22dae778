import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct LiveRunTests {
        @Test(arguments: ["openai", "anthropic"])
        func runsAPromptVersionAgainstAConfiguredBaseURL(type: String) async throws {
            let server = try FakeLLMServer(expectedKey: ProviderFixtures.key) { request in
                .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let base = type == "openai" ? server.openAIBaseURL : server.anthropicBaseURL
            let project = try LiveProject.make(base: base, type: type, keyEnv: "PG_LIVE_KEY")
            defer { project.remove() }
            var options = RunCommand.Options(
                reference: PromptReference(name: "sentiment", version: 1), provider: "live")
            options.environment = ["PG_LIVE_KEY": ProviderFixtures.key]
            let outcome = try await RunCommand.run(project: try project.open(), options: options)
            #expect(outcome.run.status == .completed)
            #expect(outcome.metrics.passed == 3 && outcome.metrics.errors == 0)
            #expect(server.requests.count == 3)
            let results = try project.open().openStore().results(runID: try #require(outcome.run.id))
            #expect(results.allSatisfy { $0.modelUsed == "test-model" && $0.inputTokens == 12 && $0.costUSD > 0 })
        }
    }
}
