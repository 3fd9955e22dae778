import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// Both providers stream by default over a real 127.0.0.1 server: the answer, its usage and its time
/// to first token come from the event stream; a stream cut short or carrying an error event is a
/// retryable error, never an answer.
@Suite struct StreamingTests {
    static func provider(
        _ api: String, server: FakeLLMServer, mode: StructuredOutput = .none, stream: Bool = true
    ) -> any Provider {
        var config = ProviderConfig(
            name: "live-\(api)", kind: api == "openai" ? .openai : .anthropic,
            baseURL: api == "openai" ? server.openAIBaseURL : server.anthropicBaseURL, apiKeyEnv: "PG_TEST_KEY")
        config.structuredOutput = mode
        config.timeout = 5
        config.stream = stream
        return api == "openai"
            ? OpenAIProvider(config: config, apiKey: ProviderFixtures.key, transport: CurlTransport(maxConnections: 4))
            : AnthropicProvider(
                config: config, apiKey: ProviderFixtures.key, transport: CurlTransport(maxConnections: 4))
    }

    @Test(arguments: ["openai", "anthropic"])
    func anAnswerStreamsByDefaultWithUsageAndTimeToFirstToken(api: String) async throws {
        let server = try FakeLLMServer { _ in .content("Hello there, streamed world", inputTokens: 31, outputTokens: 7)
        }
        defer { server.stop() }
        let provider = Self.provider(api, server: server)
        #expect(provider.capabilities.streams)
        let response = try await provider.complete(ProviderFixtures.request(output: .text))
        #expect(response.text == "Hello there, streamed world")
        #expect(response.stopReason == .stop)
        #expect(response.usage == TokenUsage(inputTokens: 31, outputTokens: 7))
        #expect(response.requestID == "req_fake_1")
        let firstToken = try #require(response.timeToFirstTokenMs)
        #expect(firstToken > 0 && firstToken <= response.latencyMs)
        let sent = try #require(server.log.first)
        #expect(sent.body["stream"] == true)
        #expect(sent.body["stream_options"] == (api == "openai" ? ["include_usage": true] : nil))
        #expect(sent.recorded.headers["accept"] == "text/event-stream")
    }

    @Test(arguments: ["openai", "anthropic"])
    func timeToFirstTokenIsWhenTheFirstContentArrived(api: String) async throws {
        let server = try FakeLLMServer { _ in .slowFirstToken("late but whole", seconds: 0.4) }
        defer { server.stop() }
        let response = try await Self.provider(api, server: server).complete(ProviderFixtures.request(output: .text))
        #expect(response.text == "late but whole")
        let firstToken = try #require(response.timeToFirstTokenMs)
        #expect(
            firstToken >= 390,
            "the head and opening events came at once; the first token 0.4 s later (\(firstToken) ms)")
    }

    @Test(arguments: ["openai", "anthropic"], [false, true])
    func aStreamEndingWithoutItsTerminalEventIsARetryableError(api: String, closeConnection: Bool) async throws {
        let server = try FakeLLMServer { _ in .streamCut("this answer never finishes", closeConnection: closeConnection)
        }
        defer { server.stop() }
        let provider = Self.provider(api, server: server)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request(output: .text))
            })
        #expect(error.isRetryable, "\(error)")
        #expect(error.mayHaveBeenBilled)
        if !closeConnection {
            #expect(error.kind == .truncatedResponse)
            #expect(error.message.contains(api == "openai" ? "`data: [DONE]`" : "`message_stop`"), "\(error.message)")
            #expect(error.requestID == "req_fake_1")
        }
    }

    @Test(arguments: ["openai", "anthropic"])
    func anErrorEventInTheStreamIsATypedRetryableError(api: String) async throws {
        let server = try FakeLLMServer { _ in .streamError("half an answer and then") }
        defer { server.stop() }
        let provider = Self.provider(api, server: server)
        let error = try #require(
            await ProviderFixtures.failure { () async throws(ProviderError) in
                try await provider.complete(ProviderFixtures.request(output: .text))
            })
        #expect(error.kind == (api == "openai" ? .serverError : .overloaded), "\(error)")
        #expect(error.isRetryable)
        #expect(error.statusCode == 200)
        #expect(error.message.contains("error event in the stream"), "\(error.message)")
        #expect(
            error.message.contains(api == "openai" ? "The server had an error" : "Overloaded (overloaded_error)"),
            "\(error.message)")
    }

    @Test func aForcedToolStreamsItsInputAsPartialJSON() async throws {
        let server = try FakeLLMServer { _ in .content(#"{"sentiment": "negative"}"#) }
        defer { server.stop() }
        let response = try await Self.provider("anthropic", server: server, mode: .jsonSchema).complete(
            ProviderFixtures.request(schema: ProviderFixtures.schema))
        #expect(response.text == #"{"sentiment":"negative"}"#)
        #expect(response.stopReason == .stop)
        #expect(response.timeToFirstTokenMs != nil)
    }

    @Test(arguments: ["openai", "anthropic"])
    func aStreamedRefusalIsARefusal(api: String) async throws {
        let server = try FakeLLMServer { _ in .content("I can't help with that.", stop: .refusal) }
        defer { server.stop() }
        let response = try await Self.provider(api, server: server).complete(ProviderFixtures.request(output: .text))
        #expect(response.stopReason == .refusal)
        #expect(response.text == "I can't help with that.")
    }

    @Test(arguments: ["openai", "anthropic"])
    func streamFalseAsksForAWholeAnswer(api: String) async throws {
        let server = try FakeLLMServer { _ in .content("whole") }
        defer { server.stop() }
        let byConfig = try await Self.provider(api, server: server, stream: false).complete(
            ProviderFixtures.request(output: .text))
        var request = ProviderFixtures.request(output: .text)
        request.stream = false
        let byPrompt = try await Self.provider(api, server: server).complete(request)
        for response in [byConfig, byPrompt] {
            #expect(response.text == "whole" && response.timeToFirstTokenMs == nil)
        }
        #expect(server.log.count == 2)
        #expect(server.log.allSatisfy { $0.body["stream"] == nil && $0.body["stream_options"] == nil })
    }

    @Test func aServerThatIgnoresStreamIsReadAsAWholeAnswer() async throws {
        let server = try FakeLLMServer { _ in
            .raw(
                .json(
                    #"{"choices": [{"message": {"content": "plain"}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 3, "completion_tokens": 1}}"#
                ))
        }
        defer { server.stop() }
        let response = try await Self.provider("openai", server: server).complete(
            ProviderFixtures.request(output: .text))
        #expect(response.text == "plain" && response.usage == TokenUsage(inputTokens: 3, outputTokens: 1))
        #expect(response.timeToFirstTokenMs == nil)
    }

    @Test func replayAndExecProvidersDeclareTheyDoNotStream() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pg-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let recordings = folder.appendingPathComponent("r.jsonl")
        try Data().write(to: recordings)
        #expect(
            ReplayProvider(recordings: try RecordingIndex(url: recordings, display: "r.jsonl")).capabilities.streams
                == false)
        let exec = ExecProvider(
            config: ProviderConfig(name: "pipe", kind: .exec, command: ["/bin/cat"]),
            executable: URL(fileURLWithPath: "/bin/cat"),
            arguments: [], workingDirectory: folder, environment: [:], redactor: SecretRedactor(secrets: []))
        #expect(exec.capabilities.streams == false)
    }
}
