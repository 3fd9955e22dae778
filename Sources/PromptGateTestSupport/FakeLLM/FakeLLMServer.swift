import Foundation
import PromptGate

/// A fake LLM server on 127.0.0.1 that speaks both the OpenAI Chat Completions API
/// (`/v1/chat/completions`) and the Anthropic Messages API (`/v1/messages`) over real HTTP.
/// Each request is answered from a per-case script, then a shared queue, then the `answer`
/// closure; every request is logged with its case and attempt number.
public final class FakeLLMServer: Sendable {
    private let core: FakeLLMCore
    private let server: TestHTTPServer

    /// Starts the server. `latency` delays every answer; `expectedKey`, when set, makes any request
    /// without that key fail with 401 like the real APIs.
    public init(
        latency: Double = 0, expectedKey: String? = nil,
        caseKey: @escaping @Sendable (String) -> String? = FakeLLMRequest.caseKeyAfterMarker,
        answer: @escaping @Sendable (FakeLLMRequest) -> FakeReply
    ) throws {
        let core = FakeLLMCore(latency: latency, expectedKey: expectedKey, caseKey: caseKey, answer: answer)
        self.core = core
        self.server = try TestHTTPServer { request in core.handle(request) }
        try server.start()
        core.baseURL.withLock { $0 = server.baseURL }
    }

    /// How the batch APIs behave from now on (polls, failing polls, errored, expired, cancelled requests).
    public func scriptBatches(_ script: FakeBatchScript) {
        core.batches.script.withLock { $0 = script }
    }

    /// How many batches were created (`POST /v1/batches`, `POST /v1/messages/batches`).
    public var batchesCreated: Int { core.batches.state.withLock { $0.created } }

    /// Base URL for an `openai` provider (`…/v1`).
    public var openAIBaseURL: String { server.baseURL + "/v1" }
    /// Base URL for an `anthropic` provider.
    public var anthropicBaseURL: String { server.baseURL }

    /// Plays `replies` in order for the next requests of case `key`, before the `answer` closure.
    public func script(_ key: String, _ replies: [FakeReply]) {
        core.state.withLock { $0.perCase[key, default: []].append(contentsOf: replies) }
    }

    /// Plays `replies` in order for the next requests of any case, before the `answer` closure.
    public func enqueue(_ replies: [FakeReply]) {
        core.state.withLock { $0.queue.append(contentsOf: replies) }
    }

    /// Every raw request received, in arrival order.
    public var requests: [RecordedRequest] { server.requests }

    /// Every request the server understood, in arrival order.
    public var log: [FakeLLMRequest] { core.state.withLock { $0.log } }

    /// The requests of one case, in arrival order.
    public func log(forCase key: String) -> [FakeLLMRequest] { log.filter { $0.caseKey == key } }

    /// Stops the server and its connections.
    public func stop() { server.stop() }
}

/// The fake server's shared state, kept apart so the handler closure does not retain the server.
final class FakeLLMCore: Sendable {
    struct State {
        var perCase: [String: [FakeReply]] = [:]
        var queue: [FakeReply] = []
        var attempts: [String: Int] = [:]
        var serial = 0
        var log: [FakeLLMRequest] = []
    }

    let latency: Double
    let expectedKey: String?
    let caseKey: @Sendable (String) -> String?
    let answer: @Sendable (FakeLLMRequest) -> FakeReply
    let state = Locked(State())
    let batches: FakeBatches
    let baseURL = Locked("")

    init(
        latency: Double, expectedKey: String?, caseKey: @escaping @Sendable (String) -> String?,
        answer: @escaping @Sendable (FakeLLMRequest) -> FakeReply
    ) {
        self.batches = FakeBatches(answer: answer, caseKey: caseKey)
        self.latency = latency
        self.expectedKey = expectedKey
        self.caseKey = caseKey
        self.answer = answer
    }

    func handle(_ recorded: RecordedRequest) -> ScriptedResponse {
        let path = recorded.path.split(separator: "?").first.map(String.init) ?? recorded.path
        if let batch = batches.handle(recorded, path: path, baseURL: baseURL.withLock { $0 }) { return batch }
        let api: FakeAPI
        switch (recorded.method, path) {
        case ("POST", "/v1/chat/completions"): api = .openai
        case ("POST", "/v1/messages"): api = .anthropic
        default: return .json(#"{"error": {"message": "no such route", "type": "invalid_request_error"}}"#, status: 404)
        }
        guard let decoded = FakeLLMRequest.decode(recorded, api: api, caseKey: caseKey) else {
            return .json(
                #"{"error": {"message": "the body is not a JSON object", "type": "invalid_request_error"}}"#,
                status: 400)
        }
        let (request, scripted, serial) = state.withLock { s -> (FakeLLMRequest, FakeReply?, Int) in
            let key = decoded.key ?? ""
            s.attempts[key, default: 0] += 1
            s.serial += 1
            let request = FakeLLMRequest(
                api: api, model: decoded.model, body: decoded.body, messages: decoded.messages,
                caseKey: decoded.key, attempt: s.attempts[key] ?? 1, recorded: recorded)
            s.log.append(request)
            var reply: FakeReply?
            if let key = decoded.key, var queue = s.perCase[key], !queue.isEmpty {
                reply = queue.removeFirst()
                s.perCase[key] = queue
            } else if !s.queue.isEmpty {
                reply = s.queue.removeFirst()
            }
            return (request, reply, s.serial)
        }
        if let expectedKey, !authorized(recorded, api: api, key: expectedKey) {
            return FakeWire.response(.unauthorized(echo: nil), for: request, serial: serial, delay: 0)
        }
        return FakeWire.response(scripted ?? answer(request), for: request, serial: serial, delay: latency)
    }

    private func authorized(_ request: RecordedRequest, api: FakeAPI, key: String) -> Bool {
        switch api {
        case .openai: return request.headers["authorization"] == "Bearer \(key)"
        case .anthropic: return request.headers["x-api-key"] == key && request.headers["anthropic-version"] != nil
        }
    }
}
