/// The Anthropic Message Batches API: `POST /v1/messages/batches` with every request's `params`
/// under its `custom_id`, `GET /v1/messages/batches/{id}` polls `processing_status` until
/// `ended`, and `results_url` serves one JSON line per request whose `result.type` is
/// `succeeded`, `errored`, `canceled` or `expired`.
struct AnthropicBatchAPI: BatchAPI {
    let config: ProviderConfig
    let client: ProviderHTTPClient
    let apiKey: String
    /// `{base_url}/v1/messages/batches`.
    let url: String

    init(config: ProviderConfig, apiKey: String, transport: any HTTPTransport) {
        self.config = config
        self.apiKey = apiKey
        self.client = .batch(config: config, apiKey: apiKey, transport: transport)
        self.url = AnthropicProvider.endpoint(config.baseURL ?? "https://api.anthropic.com") + "/batches"
    }

    private var headers: HTTPHeaders {
        [
            "x-api-key": apiKey, "anthropic-version": AnthropicWire.version, "content-type": "application/json",
            "accept": "application/json",
        ]
    }

    func submit(_ items: [BatchItem]) async throws(ProviderError) -> String {
        let requests: [JSONValue] = items.map {
            [
                "custom_id": .string($0.customID),
                "params": AnthropicWire.body($0.request, mode: config.structuredOutput),
            ]
        }
        let created = try await client.send(
            method: "POST", url: url, headers: headers,
            body: Array(JSONWriter.canonical(["requests": .array(requests)]).utf8),
            describe: AnthropicWire.describeError)
        guard let id = try client.json(created, what: "the batch creation")["id"]?.stringValue else {
            throw ProviderError(.invalidResponse, "provider `\(config.name)`: the batch creation answered no `id`")
        }
        return id
    }

    func poll(_ batchID: String) async throws(ProviderError) -> BatchState {
        let response = try await client.send(
            method: "GET", url: url + "/" + OpenAIBatchAPI.pathSegment(batchID), headers: headers,
            describe: AnthropicWire.describeError)
        let json = try client.json(response, what: "the batch poll")
        guard let status = json["processing_status"]?.stringValue else {
            throw ProviderError(
                .invalidResponse, "provider `\(config.name)`: batch \(batchID) has no `processing_status`")
        }
        let counts = json["request_counts"]
        let countText = ["processing", "succeeded", "errored", "canceled", "expired"]
            .compactMap { key in counts?[key]?.numberValue.map { "\(key) \(Int($0))" } }.joined(separator: ", ")
        let results = json["results_url"]?.stringValue.map { [$0] } ?? []
        return BatchState(
            id: batchID, status: status, ended: status == "ended", counts: countText, resultLocations: results)
    }

    func results(
        _ state: BatchState, requests: [String: CompletionRequest]
    ) async throws(ProviderError) -> [String: BatchOutcome] {
        var outcomes: [String: BatchOutcome] = [:]
        for location in state.resultLocations {
            let response = try await client.send(
                method: "GET", url: location, headers: headers, describe: AnthropicWire.describeError)
            for line in response.body.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                guard let json = try? JSONParser.parse(bytes: Array(line)), let id = json["custom_id"]?.stringValue,
                    let request = requests[id]
                else { continue }
                outcomes[id] = outcome(json["result"], request: request, batchID: state.id)
            }
        }
        return outcomes
    }

    /// One result: a `succeeded` message read like a Messages answer; `errored` with its error;
    /// `canceled` and `expired` as failures that a normal call may still answer.
    func outcome(_ result: JSONValue?, request: CompletionRequest, batchID: String) -> BatchOutcome {
        let type = result?["type"]?.stringValue ?? "missing"
        switch type {
        case "succeeded":
            guard let message = result?["message"] else { break }
            switch AnthropicWire.answer(
                message, forcedTool: AnthropicWire.usesTool(request, mode: config.structuredOutput))
            {
            case .success(let answer):
                return .answered(
                    CompletionResponse(
                        text: client.redactor.redact(answer.text), stopReason: answer.stopReason, usage: answer.usage,
                        model: request.model, latencyMs: 0, requestID: message["id"]?.stringValue, statusCode: 200))
            case .failure(let why):
                return .failed(
                    ProviderError(.invalidResponse, "provider `\(config.name)`: batch \(batchID): \(why.message)"))
            }
        case "errored":
            let error = result?["error"]?["error"] ?? result?["error"]
            let errorType = error?["type"]?.stringValue ?? "error"
            let message = error?["message"]?.stringValue ?? "no message"
            let kind: ProviderError.Kind =
                errorType == "invalid_request_error"
                ? .badRequest : errorType == "overloaded_error" ? .overloaded : .serverError
            return .failed(
                ProviderError(
                    kind,
                    "provider `\(config.name)`: batch \(batchID): \(client.redactor.excerpt(message)) (\(errorType))"))
        default:
            break
        }
        let what = type == "canceled" ? "cancelled" : type == "expired" ? "expired" : "left without a result"
        return .failed(
            ProviderError(
                type == "expired" ? .timeout : .serverError,
                "provider `\(config.name)`: batch \(batchID): the request was \(what) in the batch"))
    }
}
