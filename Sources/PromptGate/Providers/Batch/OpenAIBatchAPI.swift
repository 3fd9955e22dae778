import Foundation

/// The OpenAI Batch API: the requests go up as a JSONL file (`POST /files`, purpose `batch`),
/// `POST /batches` starts them against `/v1/chat/completions`, `GET /batches/{id}` polls, and
/// the output and error files come down from `GET /files/{id}/content`, one JSON line per request.
struct OpenAIBatchAPI: BatchAPI {
    let config: ProviderConfig
    let client: ProviderHTTPClient
    let apiKey: String
    /// `{base_url}` without `/chat/completions`, e.g. `https://api.openai.com/v1`.
    let base: String

    init(config: ProviderConfig, apiKey: String, transport: any HTTPTransport) {
        self.config = config
        self.apiKey = apiKey
        self.client = .batch(config: config, apiKey: apiKey, transport: transport)
        var trimmed = config.baseURL ?? "https://api.openai.com/v1"
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.hasSuffix("/chat/completions") { trimmed.removeLast("/chat/completions".count) }
        self.base = trimmed
    }

    private func headers(_ contentType: String? = "application/json") -> HTTPHeaders {
        var fields: [(name: String, value: String)] = [
            ("Authorization", "Bearer \(apiKey)"), ("Accept", "application/json"),
        ]
        if let contentType { fields.append(("Content-Type", contentType)) }
        return HTTPHeaders(fields)
    }

    /// One JSONL line per request: `{"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}`.
    func inputFile(_ items: [BatchItem]) -> [UInt8] {
        var bytes: [UInt8] = []
        for item in items {
            let body = OpenAIWire.body(
                item.request, mode: config.structuredOutput, parameters: config.parameters(for: item.request.model))
            let line: JSONValue = [
                "custom_id": .string(item.customID), "method": "POST", "url": "/v1/chat/completions", "body": body,
            ]
            bytes += Array(JSONWriter.canonical(line).utf8)
            bytes.append(0x0A)
        }
        return bytes
    }

    func submit(_ items: [BatchItem]) async throws(ProviderError) -> String {
        let boundary = "promptgate-\(UUID().uuidString)"
        var form: [UInt8] = Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n".utf8)
        form += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"promptgate-batch.jsonl\"\r\nContent-Type: application/jsonl\r\n\r\n"
                .utf8)
        form += inputFile(items)
        form += Array("\r\n--\(boundary)--\r\n".utf8)
        let uploaded = try await client.send(
            method: "POST", url: base + "/files", headers: headers("multipart/form-data; boundary=\(boundary)"),
            body: form,
            describe: OpenAIWire.describeError)
        guard let fileID = try client.json(uploaded, what: "the file upload")["id"]?.stringValue else {
            throw ProviderError(.invalidResponse, "provider `\(config.name)`: the file upload answered no `id`")
        }
        let create: JSONValue = [
            "input_file_id": .string(fileID), "endpoint": "/v1/chat/completions", "completion_window": "24h",
        ]
        let created = try await client.send(
            method: "POST", url: base + "/batches", headers: headers(), body: Array(JSONWriter.canonical(create).utf8),
            describe: OpenAIWire.describeError)
        guard let id = try client.json(created, what: "the batch creation")["id"]?.stringValue else {
            throw ProviderError(.invalidResponse, "provider `\(config.name)`: the batch creation answered no `id`")
        }
        return id
    }

    func poll(_ batchID: String) async throws(ProviderError) -> BatchState {
        let response = try await client.send(
            method: "GET", url: base + "/batches/" + Self.pathSegment(batchID), headers: headers(nil),
            describe: OpenAIWire.describeError)
        let json = try client.json(response, what: "the batch poll")
        guard let status = json["status"]?.stringValue else {
            throw ProviderError(.invalidResponse, "provider `\(config.name)`: batch \(batchID) has no `status`")
        }
        let counts = json["request_counts"]
        let countText = ["total", "completed", "failed"].compactMap { key in
            counts?[key]?.numberValue.map { "\(key) \(Int($0))" }
        }.joined(separator: ", ")
        let files = ["output_file_id", "error_file_id"].compactMap { json[$0]?.stringValue }.filter { !$0.isEmpty }
        let failure =
            status == "failed"
            ? (json["errors"]?["data"]?.arrayValue ?? []).compactMap { $0["message"]?.stringValue }.prefix(3).joined(
                separator: "; ") : nil
        return BatchState(
            id: batchID, status: status, ended: ["completed", "expired", "cancelled", "failed"].contains(status),
            counts: countText, resultLocations: files, failure: failure.map { $0.isEmpty ? "the batch failed" : $0 })
    }

    func results(
        _ state: BatchState, requests: [String: CompletionRequest]
    ) async throws(ProviderError) -> [String: BatchOutcome] {
        var outcomes: [String: BatchOutcome] = [:]
        for file in state.resultLocations {
            let response = try await client.send(
                method: "GET", url: base + "/files/" + Self.pathSegment(file) + "/content", headers: headers(nil),
                describe: OpenAIWire.describeError)
            for line in response.body.split(separator: 0x0A) where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
                guard let json = try? JSONParser.parse(bytes: Array(line)), let id = json["custom_id"]?.stringValue,
                    let request = requests[id]
                else { continue }
                outcomes[id] = outcome(json, request: request, batchID: state.id)
            }
        }
        return outcomes
    }

    /// One output or error line: `response.status_code` 200 with a chat completion `body`, else
    /// the line's `error` or the response's error body.
    func outcome(_ line: JSONValue, request: CompletionRequest, batchID: String) -> BatchOutcome {
        let response = line["response"]
        let status = response?["status_code"]?.numberValue.map { Int($0) }
        let requestID = response?["request_id"]?.stringValue
        if let status, (200...299).contains(status), let body = response?["body"] {
            switch OpenAIWire.answer(body) {
            case .success(let answer):
                let text = client.redactor.redact(answer.text)
                return .answered(
                    CompletionResponse(
                        text: text, stopReason: answer.stopReason, usage: answer.usage,
                        model: request.model, latencyMs: 0, requestID: requestID, statusCode: status))
            case .failure(let why):
                return .failed(
                    ProviderError(
                        .invalidResponse, "provider `\(config.name)`: batch \(batchID): \(why.message)",
                        statusCode: status, requestID: requestID))
            }
        }
        if let status {
            let (kind, message) = OpenAIWire.describeError(status: status, json: response?["body"], excerpt: "")
            return .failed(
                ProviderError(
                    kind ?? HTTPStatusClassifier.kind(status: status),
                    "provider `\(config.name)`: batch \(batchID): \(client.redactor.excerpt(message))",
                    statusCode: status, requestID: requestID))
        }
        let error = line["error"]
        let message = error?["message"]?.stringValue ?? "no result"
        let code = error?["code"]?.stringValue
        let kind: ProviderError.Kind = code == "batch_expired" ? .timeout : .serverError
        return .failed(
            ProviderError(
                kind,
                "provider `\(config.name)`: batch \(batchID): \(client.redactor.excerpt(message))\(code.map { " (\($0))" } ?? "")"
            ))
    }

    /// An id as one URL path segment (ids are `[A-Za-z0-9_-]`; anything else is escaped).
    static func pathSegment(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_"))) ?? id
    }
}
