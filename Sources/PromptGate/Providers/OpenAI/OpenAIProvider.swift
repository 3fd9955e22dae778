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
        self.client = ProviderHTTPClient(transport: transport, providerName: config.name, timeout: config.timeout, redactor: SecretRedactor(secrets: [apiKey]),
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
    var headers: HTTPHeaders {
        ["Authorization": "Bearer \(apiKey)", "Content-Type": "application/json", "Accept": "application/json"]
    }

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let body = OpenAIWire.body(request, mode: config.structuredOutput, parameters: config.parameters(for: request.model))
        let exchange = try await client.post(url: url, headers: headers, body: body, describe: OpenAIWire.describeError)
        let json = try client.json(exchange)
        let requestID = ProviderHTTPClient.requestID(exchange.response.headers)
        switch OpenAIWire.answer(json) {
        case .failure(let why):
            throw ProviderError(.invalidResponse, "provider `\(config.name)`: \(why.message)", statusCode: exchange.response.status, requestID: requestID)
        case .success(let answer):
            var response = CompletionResponse(
                text: client.redactor.redact(answer.text), stopReason: answer.stopReason, usage: answer.usage, model: request.model,
                latencyMs: exchange.latencyMs, requestID: requestID, statusCode: exchange.response.status)
            response.rateLimit = RateLimitSignal(headers: exchange.response.headers)
            return response
        }
    }
}
