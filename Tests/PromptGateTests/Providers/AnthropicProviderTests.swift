import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct AnthropicProviderTests {
    @Test func sendsMessagesWithKeyVersionAndTopLevelSystem() async throws {
        let server = try FakeLLMServer(expectedKey: ProviderFixtures.key) { _ in
            .content("hi", inputTokens: 30, outputTokens: 4)
        }
        defer { server.stop() }
        let response = try await ProviderFixtures.anthropic(server.anthropicBaseURL).complete(
            ProviderFixtures.request(output: .text))
        #expect(response.text == "hi")
        #expect(response.stopReason == .stop)
        #expect(response.usage == TokenUsage(inputTokens: 30, outputTokens: 4))
        #expect(response.requestID == "req_fake_1")
        let sent = try #require(server.requests.first)
        #expect(sent.path == "/v1/messages")
        #expect(sent.headers["x-api-key"] == ProviderFixtures.key)
        #expect(sent.headers["anthropic-version"] == "2023-06-01")
        #expect(sent.headers["content-type"] == "application/json")
        #expect(sent.headers["authorization"] == nil)
        let body = try JSONParser.parse(bytes: sent.body)
        #expect(body["system"] == "Reply with JSON.")
        #expect(body["messages"] == [["role": "user", "content": "case=c1 Review: great"]])
        #expect(body["max_tokens"] == 64)
        #expect(body["temperature"] == 0.2)
        #expect(body["tools"] == nil && body["tool_choice"] == nil)
    }

    @Test func structuredOutputIsOneForcedToolAndReadsItsInput() async throws {
        let server = try FakeLLMServer { _ in .content(#"{"sentiment": "negative"}"#) }
        defer { server.stop() }
        let response = try await ProviderFixtures.anthropic(server.anthropicBaseURL, mode: .jsonSchema).complete(
            ProviderFixtures.request(schema: ProviderFixtures.schema))
        #expect(try JSONParser.parse(response.text) == ["sentiment": "negative"])
        #expect(response.stopReason == .stop)
        let body = try JSONParser.parse(bytes: try #require(server.requests.first).body)
        #expect(
            body["tools"] == [
                [
                    "name": "output", "description": "Return the answer as structured data matching this schema.",
                    "input_schema": ProviderFixtures.schema,
                ]
            ])
        #expect(body["tool_choice"] == ["type": "tool", "name": "output"])
    }

    @Test func parsesToolUseAndTextBlocksFromTheWire() throws {
        let tool: JSONValue = [
            "content": [
                ["type": "text", "text": "thinking"],
                ["type": "tool_use", "id": "t1", "name": "output", "input": ["a": 1]],
            ],
            "stop_reason": "tool_use", "usage": ["input_tokens": 5, "output_tokens": 6],
        ]
        let answer = try AnthropicWire.answer(tool, forcedTool: true).get()
        #expect(
            answer.text == #"{"a":1}"# && answer.stopReason == .stop
                && answer.usage == TokenUsage(inputTokens: 5, outputTokens: 6))
        let text: JSONValue = [
            "content": [["type": "text", "text": "a"], ["type": "text", "text": "b"]], "stop_reason": "max_tokens",
        ]
        let plain = try AnthropicWire.answer(text, forcedTool: false).get()
        #expect(plain.text == "ab" && plain.stopReason == .length)
    }

    @Test(arguments: [
        ("end_turn", StopReason.stop), ("max_tokens", .length), ("tool_use", .toolUse), ("stop_sequence", .stop),
        ("refusal", .refusal),
    ])
    func stopReasons(stop: String, expected: StopReason) {
        #expect(AnthropicWire.stopReason(stop) == expected)
    }

    @Test(
        arguments: [
            (FakeReply.overloaded, ProviderError.Kind.overloaded, 529),
            (.rateLimited(retryAfter: "2"), .rateLimited, 429),
            (.serverError(status: 500), .serverError, 500), (.contextLength, .contextLength, 400),
            (.unauthorized(echo: nil), .authentication, 401),
        ] as [(FakeReply, ProviderError.Kind, Int)])
    func errorBodiesAreClassified(reply: FakeReply, kind: ProviderError.Kind, status: Int) async throws {
        let server = try FakeLLMServer { _ in reply }
        defer { server.stop() }
        let provider = ProviderFixtures.anthropic(server.anthropicBaseURL)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request())
            })
        #expect(error.kind == kind)
        #expect(error.statusCode == status)
        #expect(error.requestID == "req_fake_1")
        if kind == .overloaded { #expect(error.isRetryable && error.message.contains("overloaded_error")) }
        if kind == .rateLimited { #expect(error.retryAfter == 2) }
    }

    @Test func overloadedErrorTypeWinsOverItsStatus() {
        let body: JSONValue = ["type": "error", "error": ["type": "overloaded_error", "message": "Overloaded"]]
        #expect(AnthropicWire.describeError(status: 500, json: body, excerpt: "").0 == .overloaded)
    }

    @Test(arguments: [
        ("https://api.anthropic.com", "https://api.anthropic.com/v1/messages"),
        ("http://h:1/", "http://h:1/v1/messages"), ("http://h:1/v1", "http://h:1/v1/messages"),
    ])
    func endpoints(base: String, url: String) {
        #expect(AnthropicProvider.endpoint(base) == url)
    }
}
