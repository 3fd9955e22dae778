/// The Anthropic Messages API. Structured output is a single forced tool whose input is the
/// answer; failures are classified, never retried here.
public struct AnthropicProvider: Provider {
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
        self.url = Self.endpoint(config.baseURL ?? "https://api.anthropic.com")
    }

    /// `{base_url}/v1/messages` (a base URL that already ends in `/v1` is accepted too).
    static func endpoint(_ base: String) -> String {
        var trimmed = base
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.hasSuffix("/v1/messages") { return trimmed }
        return trimmed.hasSuffix("/v1") ? trimmed + "/messages" : trimmed + "/v1/messages"
    }

    /// The header fields of every call (the key travels only here).
    func headers(streaming: Bool) -> HTTPHeaders {
        [
            "x-api-key": apiKey, "anthropic-version": AnthropicWire.version, "content-type": "application/json",
            "accept": streaming ? "text/event-stream" : "application/json",
        ]
    }

    /// Streams unless the config or the prompt says `stream: false`.
    public static func capabilities(for config: ProviderConfig) -> ProviderCapabilities {
        ProviderCapabilities(streams: config.stream)
    }

    public var capabilities: ProviderCapabilities { Self.capabilities(for: config) }

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let forcedTool = AnthropicWire.usesTool(request, mode: config.structuredOutput)
        let streaming = request.stream && config.stream
        let body = AnthropicWire.body(request, mode: config.structuredOutput, stream: streaming)
        let sink = streaming ? StreamSink(AnthropicStream(forcedTool: forcedTool)) : nil
        let exchange = try await client.post(
            url: url, headers: headers(streaming: streaming), body: body, sink: sink,
            describe: AnthropicWire.describeError)
        let requestID = ProviderHTTPClient.requestID(exchange.response.headers)
        var firstTokenMs: Double?
        let answer: AnthropicWire.Answer
        if let sink, let streamed = try client.streamed(sink, exchange) {
            (answer, firstTokenMs) = streamed
        } else {
            switch AnthropicWire.answer(try client.json(exchange), forcedTool: forcedTool) {
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
