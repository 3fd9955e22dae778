import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// Today's OpenAI parameters: `max_completion_tokens`, no sampling parameters for reasoning
    /// models, per-model overrides; Anthropic unchanged.
    @Suite struct ModelParametersTests {
        static func sent(model: String, type: String = "openai", providerExtra: String = "") async throws -> JSONValue {
            let server = try FakeLLMServer { request in
                // Like OpenAI's reasoning models: reject max_tokens and a non-default temperature.
                if request.api == .openai && request.model.hasPrefix("o3") {
                    if request.body["max_tokens"] != nil { return .unsupportedParameter("max_tokens") }
                    if request.body["temperature"] != nil { return .unsupportedParameter("temperature") }
                }
                return .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let base = type == "openai" ? server.openAIBaseURL : server.anthropicBaseURL
            let project = try LiveProject.make(
                base: base, type: type, keyEnv: "PG_PARAM_KEY", cases: 1,
                prompt: LiveProject.prompt(model: model, extra: "temperature: 0.7"), providerExtra: providerExtra)
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_PARAM_KEY").run()
            #expect(outcome.run.status == .completed && outcome.metrics.passed == 1, "\(outcome.run.abortReason ?? "")")
            return try JSONParser.parse(bytes: try #require(server.requests.first).body)
        }

        @Test func aReasoningModelGetsMaxCompletionTokensAndNoTemperature() async throws {
            let body = try await Self.sent(model: "o3-mini")
            #expect(body["max_completion_tokens"] == 50 && body["max_tokens"] == nil && body["temperature"] == nil)
        }

        @Test func aChatModelKeepsItsTemperature() async throws {
            let body = try await Self.sent(model: "test-model")
            #expect(body["max_completion_tokens"] == 50 && body["temperature"] == 0.7)
        }

        @Test func perModelOverridesInTheConfigWin() async throws {
            let body = try await Self.sent(
                model: "test-model",
                providerExtra: """
                        token_parameter: max_tokens
                        models:
                          test-model: { sampling: false }
                    """)
            #expect(body["max_tokens"] == 50 && body["max_completion_tokens"] == nil && body["temperature"] == nil)
        }

        @Test func anthropicIsUnchanged() async throws {
            let body = try await Self.sent(model: "o3-mini", type: "anthropic")
            #expect(body["max_tokens"] == 50 && body["temperature"] == 0.7)
        }
    }
}
