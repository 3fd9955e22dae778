import Foundation
import PromptGate

/// How the fake server's batches behave: how many polls they stay in progress, polls that fail
/// with a 500, requests that error inside the batch, and a batch that expires or is cancelled
/// before some requests were processed.
public struct FakeBatchScript: Sendable {
    /// How a batch ends.
    public enum End: Sendable { case completed, expired, cancelled }

    /// Polls answered `in_progress` before the batch has ended.
    public var pollsBeforeEnd = 1
    /// The first polls of each batch answer 500 (the poll fails, the batch goes on).
    public var failingPolls = 0
    public var end = End.completed
    /// Case keys whose requests error inside the batch.
    public var erroredCases: Set<String> = []
    /// Case keys not processed when the batch expires or is cancelled.
    public var unfinishedCases: Set<String> = []

    public init(
        pollsBeforeEnd: Int = 1, failingPolls: Int = 0, end: End = .completed, erroredCases: Set<String> = [],
        unfinishedCases: Set<String> = []
    ) {
        self.pollsBeforeEnd = pollsBeforeEnd
        self.failingPolls = failingPolls
        self.end = end
        self.erroredCases = erroredCases
        self.unfinishedCases = unfinishedCases
    }
}

/// The OpenAI Batch API (`/v1/files`, `/v1/batches`, `/v1/files/{id}/content`) and the
/// Anthropic Message Batches API (`/v1/messages/batches`, `…/{id}`, `…/{id}/results`) of the
/// fake server, in their documented shapes. Each batched request is answered by the server's
/// `answer` closure, as a direct call would be.
final class FakeBatches: Sendable {
    struct Batch {
        let api: FakeAPI
        let lines: [(customID: String, body: JSONValue)]
        var polls = 0
        var results: [String: [UInt8]] = [:]
    }

    struct State {
        var files: [String: [UInt8]] = [:]
        var batches: [String: Batch] = [:]
        var created = 0
        var serial = 0
    }

    let state = Locked(State())
    let script = Locked(FakeBatchScript())
    let answer: @Sendable (FakeLLMRequest) -> FakeReply
    let caseKey: @Sendable (String) -> String?

    init(answer: @escaping @Sendable (FakeLLMRequest) -> FakeReply, caseKey: @escaping @Sendable (String) -> String?) {
        self.answer = answer
        self.caseKey = caseKey
    }

    /// The response to a batch route, or nil for any other path.
    func handle(_ request: RecordedRequest, path: String, baseURL: String) -> ScriptedResponse? {
        let parts = path.split(separator: "/").map(String.init)
        let route = (request.method, parts.count, parts.first == "v1" ? parts.dropFirst().first ?? "" : "")
        switch route {
        case ("POST", 2, "files"): return upload(request)
        case ("POST", 2, "batches"): return createOpenAI(request)
        case ("GET", 3, "batches"): return poll(parts[2], api: .openai, baseURL: baseURL)
        case ("GET", 4, "files") where parts[3] == "content": return download(parts[2])
        case ("POST", 3, "messages") where parts[2] == "batches": return createAnthropic(request)
        case ("GET", 4, "messages") where parts[2] == "batches":
            return poll(parts[3], api: .anthropic, baseURL: baseURL)
        case ("GET", 5, "messages") where parts[2] == "batches" && parts[4] == "results":
            return download(parts[3] + "-results")
        default: return nil
        }
    }

    private func upload(_ request: RecordedRequest) -> ScriptedResponse {
        let text = request.bodyText
        guard text.contains("name=\"purpose\"\r\n\r\nbatch"), let file = text.range(of: "name=\"file\""),
            let start = text.range(of: "\r\n\r\n", range: file.upperBound..<text.endIndex),
            let end = text.range(of: "\r\n--", range: start.upperBound..<text.endIndex)
        else {
            return Self.error(.openai, 400, "the upload is not multipart with purpose=batch and a file part")
        }
        let id = state.withLock { s -> String in
            s.serial += 1
            let id = "file-\(s.serial)"
            s.files[id] = Array(text[start.upperBound..<end.lowerBound].utf8)
            return id
        }
        return .json(
            #"{"id": "\#(id)", "object": "file", "purpose": "batch", "filename": "input.jsonl", "bytes": 0, "created_at": 0, "status": "processed"}"#
        )
    }

    private func createOpenAI(_ request: RecordedRequest) -> ScriptedResponse {
        guard let body = try? JSONParser.parse(bytes: request.body), let fileID = body["input_file_id"]?.stringValue,
            body["endpoint"]?.stringValue == "/v1/chat/completions", body["completion_window"]?.stringValue == "24h"
        else {
            return Self.error(
                .openai, 400, "input_file_id, endpoint /v1/chat/completions and completion_window 24h are required")
        }
        guard let file = state.withLock({ $0.files[fileID] }) else {
            return Self.error(.openai, 404, "no such file: \(fileID)")
        }
        var lines: [(String, JSONValue)] = []
        for line in file.split(separator: 0x0A) {
            guard let json = try? JSONParser.parse(bytes: Array(line)), let id = json["custom_id"]?.stringValue,
                let body = json["body"],
                json["method"]?.stringValue == "POST", json["url"]?.stringValue == "/v1/chat/completions"
            else {
                return Self.error(
                    .openai, 400,
                    "a line of the input file is not {custom_id, method POST, url /v1/chat/completions, body}")
            }
            lines.append((id, body))
        }
        let id = register(Batch(api: .openai, lines: lines), prefix: "batch_")
        return .json(JSONWriter.canonical(openAIBatch(id, status: "validating", batch: nil)))
    }

    private func createAnthropic(_ request: RecordedRequest) -> ScriptedResponse {
        guard let body = try? JSONParser.parse(bytes: request.body), let requests = body["requests"]?.arrayValue,
            !requests.isEmpty
        else {
            return Self.error(.anthropic, 400, "requests: a non-empty list is required")
        }
        var lines: [(String, JSONValue)] = []
        for item in requests {
            guard let id = item["custom_id"]?.stringValue, let params = item["params"] else {
                return Self.error(.anthropic, 400, "each request needs custom_id and params")
            }
            lines.append((id, params))
        }
        let id = register(Batch(api: .anthropic, lines: lines), prefix: "msgbatch_")
        return .json(JSONWriter.canonical(anthropicBatch(id, ended: false, batch: nil, baseURL: "")))
    }

    private func register(_ batch: Batch, prefix: String) -> String {
        state.withLock { s in
            s.serial += 1
            s.created += 1
            let id = "\(prefix)\(s.serial)"
            s.batches[id] = batch
            return id
        }
    }

    private func poll(_ id: String, api: FakeAPI, baseURL: String) -> ScriptedResponse {
        let script = self.script.withLock { $0 }
        let polled = state.withLock { s -> Batch? in
            s.batches[id]?.polls += 1
            return s.batches[id]
        }
        guard var batch = polled, batch.api == api else { return Self.error(api, 404, "no such batch: \(id)") }
        if batch.polls <= script.failingPolls {
            return Self.error(api, 500, "The server had an error while processing your request")
        }
        let ended = batch.polls > script.failingPolls + script.pollsBeforeEnd
        if ended && batch.results.isEmpty {
            batch.results = results(batch, script: script, id: id)
            let finished = batch.results
            state.withLock { $0.batches[id]?.results = finished }
        }
        if api == .anthropic {
            return .json(JSONWriter.canonical(anthropicBatch(id, ended: ended, batch: batch, baseURL: baseURL)))
        }
        let status: String
        switch (ended, script.end) {
        case (false, _): status = "in_progress"
        case (true, .completed): status = "completed"
        case (true, .expired): status = "expired"
        case (true, .cancelled): status = "cancelled"
        }
        return .json(JSONWriter.canonical(openAIBatch(id, status: status, batch: ended ? batch : nil)))
    }

    private func download(_ id: String) -> ScriptedResponse {
        let found = state.withLock { s -> [UInt8]? in
            for batch in s.batches.values { if let bytes = batch.results[id] { return bytes } }
            return nil
        }
        guard let found else {
            return Self.error(id.hasSuffix("-results") ? .anthropic : .openai, 404, "no such file: \(id)")
        }
        return .respond(status: 200, headers: [("Content-Type", "application/binary")], body: found)
    }

    /// Every line's result, by the file it goes to (`<id>-output`, `<id>-errors`, `<id>-results`).
    private func results(_ batch: Batch, script: FakeBatchScript, id: String) -> [String: [UInt8]] {
        var output: [UInt8] = [], errors: [UInt8] = []
        for (index, line) in batch.lines.enumerated() {
            let request = fakeRequest(line.body, api: batch.api, serial: index)
            let key = request.caseKey ?? ""
            let unfinished = script.end != .completed && script.unfinishedCases.contains(key)
            let json: JSONValue
            var isError = true
            if batch.api == .openai {
                if unfinished {
                    json = [
                        "id": .string("batch_req_\(index)"), "custom_id": .string(line.customID), "response": .null,
                        "error": [
                            "code": .string(script.end == .expired ? "batch_expired" : "batch_cancelled"),
                            "message": .string(
                                script.end == .expired
                                    ? "This request could not be executed before the completion window expired."
                                    : "This request was cancelled."),
                        ],
                    ]
                } else if script.erroredCases.contains(key) {
                    json = [
                        "id": .string("batch_req_\(index)"), "custom_id": .string(line.customID), "error": .null,
                        "response": [
                            "status_code": 500, "request_id": .string("req_batch_\(index)"),
                            "body": [
                                "error": [
                                    "message": "The server had an error while processing your request",
                                    "type": "server_error", "param": .null, "code": .null,
                                ]
                            ],
                        ],
                    ]
                } else if case .content(let text, let stop, let input, let out) = answer(request) {
                    let body =
                        (try? JSONParser.parse(
                            FakeWire.openAIAnswer(
                                text, stop: stop, model: request.model, input: input, output: out, serial: index)))
                        ?? .null
                    json = [
                        "id": .string("batch_req_\(index)"), "custom_id": .string(line.customID), "error": .null,
                        "response": ["status_code": 200, "request_id": .string("req_batch_\(index)"), "body": body],
                    ]
                    isError = false
                } else {
                    json = [
                        "id": .string("batch_req_\(index)"), "custom_id": .string(line.customID), "error": .null,
                        "response": [
                            "status_code": 400, "request_id": .string("req_batch_\(index)"),
                            "body": [
                                "error": [
                                    "message": "Invalid request", "type": "invalid_request_error", "param": .null,
                                    "code": .null,
                                ]
                            ],
                        ],
                    ]
                }
            } else {
                let result: JSONValue
                if unfinished {
                    result = ["type": .string(script.end == .expired ? "expired" : "canceled")]
                } else if script.erroredCases.contains(key) {
                    result = [
                        "type": "errored",
                        "error": [
                            "type": "error", "error": ["type": "api_error", "message": "Internal server error"],
                        ],
                    ]
                } else if case .content(let text, let stop, let input, let out) = answer(request) {
                    result = [
                        "type": "succeeded",
                        "message":
                            (try? JSONParser.parse(
                                FakeWire.anthropicAnswer(
                                    text, stop: stop, request: request, input: input, output: out, serial: index)))
                            ?? .null,
                    ]
                } else {
                    result = [
                        "type": "errored",
                        "error": [
                            "type": "error", "error": ["type": "invalid_request_error", "message": "Invalid request"],
                        ],
                    ]
                }
                json = ["custom_id": .string(line.customID), "result": result]
            }
            let bytes = Array(JSONWriter.canonical(json).utf8) + [0x0A]
            if batch.api == .anthropic || !isError { output += bytes } else { errors += bytes }
        }
        if batch.api == .anthropic { return [id + "-results": output] }
        var files: [String: [UInt8]] = [:]
        if !output.isEmpty { files[id + "-output"] = output }
        if !errors.isEmpty { files[id + "-errors"] = errors }
        return files
    }

    private func fakeRequest(_ body: JSONValue, api: FakeAPI, serial: Int) -> FakeLLMRequest {
        let bytes = Array(JSONWriter.canonical(body).utf8)
        let recorded = RecordedRequest(
            method: "POST", path: api == .openai ? "/v1/chat/completions" : "/v1/messages", version: "HTTP/1.1",
            headers: RecordedHeaders([]), body: bytes, receivedAt: Date(), monotonicTime: 0, index: serial,
            connectionID: 0)
        let decoded = FakeLLMRequest.decode(recorded, api: api, caseKey: caseKey)
        return FakeLLMRequest(
            api: api, model: decoded?.model ?? "", body: body, messages: decoded?.messages ?? [], caseKey: decoded?.key,
            attempt: 1, recorded: recorded)
    }

    private func openAIBatch(_ id: String, status: String, batch: Batch?) -> JSONValue {
        let files = batch?.results ?? [:]
        let total = state.withLock { $0.batches[id]?.lines.count ?? 0 }
        let failed = files[id + "-errors"].map { $0.split(separator: 0x0A).count } ?? 0
        return [
            "id": .string(id), "object": "batch", "endpoint": "/v1/chat/completions", "errors": .null,
            "input_file_id": "file-in",
            "completion_window": "24h", "status": .string(status),
            "output_file_id": files[id + "-output"] == nil ? .null : .string(id + "-output"),
            "error_file_id": files[id + "-errors"] == nil ? .null : .string(id + "-errors"),
            "created_at": 0, "in_progress_at": .null, "expires_at": 86400, "completed_at": .null,
            "request_counts": [
                "total": .number(Double(total)), "completed": .number(Double(batch == nil ? 0 : total - failed)),
                "failed": .number(Double(failed)),
            ],
            "metadata": .null,
        ]
    }

    private func anthropicBatch(_ id: String, ended: Bool, batch: Batch?, baseURL: String) -> JSONValue {
        var counts: [String: JSONValue] = ["processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0]
        let total = state.withLock { $0.batches[id]?.lines.count ?? 0 }
        if ended, let results = batch?.results[id + "-results"] {
            for line in results.split(separator: 0x0A) {
                if let type = (try? JSONParser.parse(bytes: Array(line)))?["result"]?["type"]?.stringValue {
                    counts[type] = .number((counts[type]?.numberValue ?? 0) + 1)
                }
            }
        } else {
            counts["processing"] = .number(Double(total))
        }
        return [
            "id": .string(id), "type": "message_batch", "processing_status": .string(ended ? "ended" : "in_progress"),
            "request_counts": .object(counts),
            "ended_at": ended ? "2026-01-01T00:00:00Z" : .null, "created_at": "2026-01-01T00:00:00Z",
            "expires_at": "2026-01-02T00:00:00Z",
            "archived_at": .null, "cancel_initiated_at": .null,
            "results_url": ended ? .string("\(baseURL)/v1/messages/batches/\(id)/results") : .null,
        ]
    }

    static func error(_ api: FakeAPI, _ status: Int, _ message: String) -> ScriptedResponse {
        FakeWire.error(
            api, status: status,
            type: status >= 500 ? (api == .openai ? "server_error" : "api_error") : "invalid_request_error",
            code: nil, message: message, serial: 0, delay: 0)
    }
}
