import Foundation
import PromptGateTestSupport

@testable import PromptGate

/// Requests and provider configs shared by the provider tests.
enum ProviderFixtures {
    static let key = "sk-test-PGKEY-4b1d9e7a0c3f"

    static func request(
        output: OutputMode = .json, schema: JSONValue? = nil, caseID: String = "c1", model: String = "test-model"
    ) -> CompletionRequest {
        CompletionRequest(
            model: model,
            messages: [
                ChatMessage(role: .system, content: "Reply with JSON."),
                ChatMessage(role: .user, content: "case=\(caseID) Review: great"),
            ],
            temperature: 0.2, maxTokens: 64, output: output, outputSchema: schema, caseID: caseID, repeatIndex: 0)
    }

    static let schema: JSONValue = [
        "type": "object", "required": ["sentiment"], "additionalProperties": false,
        "properties": ["sentiment": ["enum": ["positive", "negative"]]],
    ]

    static func openAI(_ base: String, mode: StructuredOutput = .none, timeout: Double = 5) -> OpenAIProvider {
        var config = ProviderConfig(name: "openai-local", kind: .openai, baseURL: base, apiKeyEnv: "PG_TEST_KEY")
        config.structuredOutput = mode
        config.timeout = timeout
        return OpenAIProvider(config: config, apiKey: key, transport: CurlTransport(maxConnections: 4))
    }

    static func anthropic(_ base: String, mode: StructuredOutput = .none, timeout: Double = 5) -> AnthropicProvider {
        var config = ProviderConfig(name: "claude", kind: .anthropic, baseURL: base, apiKeyEnv: "PG_TEST_KEY")
        config.structuredOutput = mode
        config.timeout = timeout
        return AnthropicProvider(config: config, apiKey: key, transport: CurlTransport(maxConnections: 4))
    }

    /// Runs `body` and returns the provider error it threw (nil when it succeeded).
    static func failure(_ body: () async throws(ProviderError) -> CompletionResponse) async -> ProviderError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return error
        }
    }
}
