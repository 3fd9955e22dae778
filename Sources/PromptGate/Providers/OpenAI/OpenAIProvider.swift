/// Chat Completions at a configurable `base_url`, so OpenAI and compatible servers (vLLM,
/// Ollama, llama.cpp) work alike. It classifies every failure and never retries.
public struct OpenAIProvider: Provider {
    let config: ProviderConfig
    let client: ProviderHTTPClient
    let apiKey: String
    let url: String

    /// A provider for `config` sending with `transport`; `apiKey` comes from `APIKey.resolve`.
    public init(config: ProviderConfig, apiKey: String, transport: any HTTPTransport) {
        self.config = config
        self.apiKey = apiKey
        self.client = ProviderHTTPClient(
            transport: transport, providerName: config.name, timeout: config.timeout,
            redactor: SecretRedactor(secrets: [apiKey]),
            keyVariable: config.apiKeyEnv)
        self.url = Self.endpoint(config.baseURL ?? "https://api.openai.com/v1")
    }

    /// `{base_url}/chat/completions`.
    static func endpoint(_ base: String) -> String {
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed.hasSuffix("/chat/completions") ? trimmed : trimmed + "/chat/completions"
    }

    /// The header fields of every call (the key travels only here).
    func headers(streaming: Bool) -> HTTPHeaders {
        [
            "Authorization": "Bearer \(apiKey)", "Content-Type": "application/json",
            "Accept": streaming ? "text/event-stream" : "application/json",
        ]
    }

    /// Streams unless the config or the prompt says `stream: false`.
    public static func capabilities(for config: ProviderConfig) -> ProviderCapabilities {
        ProviderCapabilities(streams: config.stream)
    }

    public var capabilities: ProviderCapabilities { Self.capabilities(for: config) }

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let streaming = request.stream && config.stream
        let body = OpenAIWire.body(
            request, mode: config.structuredOutput, parameters: config.parameters(for: request.model), stream: streaming
        )
        let sink = streaming ? StreamSink(OpenAIStream()) : nil
        let exchange = try await client.post(
            url: url, headers: headers(streaming: streaming), body: body, sink: sink, describe: OpenAIWire.describeError
        )
        let requestID = ProviderHTTPClient.requestID(exchange.response.headers)
        var firstTokenMs: Double?
        let answer: OpenAIWire.Answer
        if let sink, let streamed = try client.streamed(sink, exchange) {
            (answer, firstTokenMs) = streamed
        } else {
            switch OpenAIWire.answer(try client.json(exchange)) {
            case .failure(let why):
                throw ProviderError(
                    .invalidResponse, "provider `\(config.name)`: \(why.message)", statusCode: exchange.response.status,
                    requestID: requestID)
            case .success(let read):
                answer = read
            }
        }
        return client.completion(
            text: answer.text, stopReason: answer.stopReason, usage: answer.usage, model: request.model,
            exchange: exchange, requestID: requestID, firstTokenMs: firstTokenMs)
    }
}
