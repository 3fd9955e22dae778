import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct OpenAIProviderTests {
    @Test func sendsChatCompletionsWithBearerKeyAndReadsTheAnswer() async throws {
        let server = try FakeLLMServer(expectedKey: ProviderFixtures.key) { _ in
            .content(#"{"sentiment": "positive"}"#, inputTokens: 41, outputTokens: 7)
        }
        defer { server.stop() }
        let response = try await ProviderFixtures.openAI(server.openAIBaseURL).complete(ProviderFixtures.request())
        #expect(response.text == #"{"sentiment": "positive"}"#)
        #expect(response.stopReason == .stop)
        #expect(response.usage == TokenUsage(inputTokens: 41, outputTokens: 7))
        #expect(response.requestID == "req_fake_1")
        #expect(response.model == "test-model")
        let sent = try #require(server.requests.first)
        #expect(sent.method == "POST" && sent.path == "/v1/chat/completions")
        #expect(sent.headers["authorization"] == "Bearer \(ProviderFixtures.key)")
        #expect(sent.headers["content-type"] == "application/json")
        let body = try JSONParser.parse(bytes: sent.body)
        #expect(body["model"] == "test-model")
        #expect(body["temperature"] == 0.2)
        #expect(body["max_completion_tokens"] == 64 && body["max_tokens"] == nil)
        #expect(
            body["messages"] == [
                ["role": "system", "content": "Reply with JSON."],
                ["role": "user", "content": "case=c1 Review: great"],
            ])
        #expect(body["response_format"] == nil)
    }

    @Test(
        arguments: [
            (StructuredOutput.jsonSchema, true, "json_schema"), (.jsonSchema, false, "json_object"),
            (.jsonObject, true, "json_object"), (.none, true, nil),
        ] as [(StructuredOutput, Bool, String?)])
    func structuredOutputFollowsTheProviderOption(mode: StructuredOutput, withSchema: Bool, type: String?) async throws
    {
        let server = try FakeLLMServer { _ in .content("{}") }
        defer { server.stop() }
        let request = ProviderFixtures.request(schema: withSchema ? ProviderFixtures.schema : JSONValue?.none)
        _ = try await ProviderFixtures.openAI(server.openAIBaseURL, mode: mode).complete(request)
        let body = try JSONParser.parse(bytes: try #require(server.requests.first).body)
        #expect(body["response_format"]?["type"]?.stringValue == type)
        if type == "json_schema" {
            #expect(
                body["response_format"]?["json_schema"] == [
                    "name": "output", "schema": ProviderFixtures.schema, "strict": true,
                ])
        }
    }

    @Test func textOutputNeverAsksForJSON() async throws {
        let server = try FakeLLMServer { _ in .content("hello") }
        defer { server.stop() }
        _ = try await ProviderFixtures.openAI(server.openAIBaseURL, mode: .jsonSchema).complete(
            ProviderFixtures.request(output: .text, schema: ProviderFixtures.schema))
        let body = try JSONParser.parse(bytes: try #require(server.requests.first).body)
        #expect(body["response_format"] == nil)
    }

    @Test(arguments: [
        ("stop", StopReason.stop), ("length", .length), ("content_filter", .contentFilter), ("tool_calls", .toolUse),
        ("weird", .other),
    ])
    func finishReasons(finish: String, expected: StopReason) {
        #expect(OpenAIWire.stopReason(finish) == expected)
    }

    @Test func cutOffAtMaxTokensIsLength() async throws {
        let server = try FakeLLMServer { _ in .cutOff(#"{"sentiment": "positive"}"#) }
        defer { server.stop() }
        let response = try await ProviderFixtures.openAI(server.openAIBaseURL).complete(ProviderFixtures.request())
        #expect(response.stopReason == .length)
    }

    @Test(
        arguments: [
            (FakeReply.rateLimited(retryAfter: "3"), ProviderError.Kind.rateLimited, 429),
            (.serverError(status: 500), .serverError, 500), (.serverError(status: 502), .serverError, 502),
            (.serverError(status: 503), .serverError, 503),
            (.overloaded, .serverError, 503), (.contextLength, .contextLength, 400), (.badRequest, .badRequest, 400),
            (.unauthorized(echo: nil), .authentication, 401),
        ] as [(FakeReply, ProviderError.Kind, Int)])
    func errorBodiesAreClassified(reply: FakeReply, kind: ProviderError.Kind, status: Int) async throws {
        let server = try FakeLLMServer { _ in reply }
        defer { server.stop() }
        let provider = ProviderFixtures.openAI(server.openAIBaseURL)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request())
            })
        #expect(error.kind == kind)
        #expect(error.statusCode == status)
        #expect(error.requestID == "req_fake_1")
        if kind == .rateLimited { #expect(error.retryAfter == 3) }
        if kind == .contextLength { #expect(error.message.contains("maximum context length")) }
    }

    @Test func resetHeadersOnA429BecomeRetryAfter() async throws {
        let server = try FakeLLMServer { _ in
            .rateLimited(
                retryAfter: nil,
                headers: [("x-ratelimit-reset-requests", "1.5s"), ("x-ratelimit-reset-tokens", "250ms")])
        }
        defer { server.stop() }
        let provider = ProviderFixtures.openAI(server.openAIBaseURL)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request())
            })
        #expect(error.retryAfter == 1.5)
    }

    @Test func anEchoedKeyIsRedactedFromTheError() async throws {
        let server = try FakeLLMServer { _ in .unauthorized(echo: ProviderFixtures.key) }
        defer { server.stop() }
        let provider = ProviderFixtures.openAI(server.openAIBaseURL)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request())
            })
        #expect(!error.description.contains(ProviderFixtures.key))
        #expect(error.message.contains(SecretRedactor.mask))
    }

    @Test(
        arguments: [
            (FakeReply.hang(seconds: 3), ProviderError.Kind.timeout), (.resetMidBody, .connection),
            (.truncated, .truncatedResponse),
        ] as [(FakeReply, ProviderError.Kind)])
    func transportFaultsAreRetryable(reply: FakeReply, kind: ProviderError.Kind) async throws {
        let server = try FakeLLMServer { _ in reply }
        defer { server.stop() }
        let provider = ProviderFixtures.openAI(server.openAIBaseURL, timeout: 0.4)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request())
            })
        #expect(error.kind == kind)
        #expect(error.isRetryable)
    }

    @Test func aBodyWithoutChoicesIsAnInvalidResponse() async throws {
        let server = try FakeLLMServer { _ in .raw(.json(#"{"object": "chat.completion", "choices": []}"#)) }
        defer { server.stop() }
        let provider = ProviderFixtures.openAI(server.openAIBaseURL)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request())
            })
        #expect(error.kind == .invalidResponse && !error.isRetryable && error.isModelSide)
    }

    @Test(arguments: [
        ("http://h:1/v1", "http://h:1/v1/chat/completions"), ("http://h:1/v1/", "http://h:1/v1/chat/completions"),
        ("http://h:1/v1/chat/completions", "http://h:1/v1/chat/completions"),
    ])
    func endpoints(base: String, url: String) {
        #expect(OpenAIProvider.endpoint(base) == url)
    }
}

@Suite struct GarbledBodyTests {
    @Test func aBodyThatIsNotJSONIsRetryable() async throws {
        let server = try FakeLLMServer { _ in
            .raw(
                .respond(
                    status: 200, headers: [("content-type", "application/json")], body: Array("{\"choices\": [".utf8)))
        }
        defer { server.stop() }
        let provider = ProviderFixtures.openAI(server.openAIBaseURL)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request())
            })
        #expect(error.kind == .truncatedResponse && error.isRetryable)
    }
}
