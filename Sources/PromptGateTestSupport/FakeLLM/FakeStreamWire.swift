import PromptGate

/// Builds the fake server's streamed answers in each API's server-sent event dialect: OpenAI's
/// `chat.completion.chunk` events ending in a usage chunk (when `stream_options.include_usage`)
/// and `data: [DONE]`; Anthropic's `message_start` … `message_stop` with a `ping`, and its
/// `event: error`. Faults cut the same stream short or put an error event into it.
enum FakeStreamWire {
    /// A stream's events, in three parts so faults can keep some and drop or replace others.
    struct Events {
        var opening: [String]
        var deltas: [String]
        var closing: [String]
    }

    /// How a streamed answer goes wrong (or slow).
    enum Fault {
        case none
        /// The first content delta comes after this many seconds.
        case slowFirstToken(Double)
        /// The stream stops after half the deltas: with the HTTP body complete, or with the connection closed.
        case cut(closeConnection: Bool)
        /// An error event after half the deltas (Anthropic `overloaded_error`; OpenAI an `error` object).
        case errorEvent
    }

    static func response(
        _ text: String, stop: FakeReply.Stop, request: FakeLLMRequest, input: Int, output: Int, serial: Int,
        fault: Fault, delay: Double, headers: [(String, String)] = []
    ) -> ScriptedResponse {
        let events =
            request.api == .openai
            ? openAI(text, stop: stop, request: request, input: input, output: output, serial: serial)
            : anthropic(text, stop: stop, request: request, input: input, output: output, serial: serial)
        var pieces: [ScriptedResponse.StreamPiece] = events.opening.map { ScriptedResponse.StreamPiece($0) }
        let half = events.deltas.prefix(max(1, events.deltas.count / 2))
        var end = ScriptedResponse.StreamEnd.complete
        switch fault {
        case .none:
            pieces += (events.deltas + events.closing).map { ScriptedResponse.StreamPiece($0) }
        case .slowFirstToken(let seconds):
            pieces += events.deltas.enumerated().map { ScriptedResponse.StreamPiece($1, after: $0 == 0 ? seconds : 0) }
            pieces += events.closing.map { ScriptedResponse.StreamPiece($0) }
        case .cut(let closeConnection):
            pieces += half.map { ScriptedResponse.StreamPiece($0) }
            if closeConnection { end = .cut }
        case .errorEvent:
            pieces += half.map { ScriptedResponse.StreamPiece($0) }
            pieces.append(
                ScriptedResponse.StreamPiece(
                    request.api == .openai
                        ? data([
                            "error": [
                                "message": "The server had an error while processing your request.",
                                "type": "server_error", "param": .null, "code": .null,
                            ]
                        ])
                        : "event: error\ndata: "
                            + JSONWriter.canonical([
                                "type": "error", "error": ["type": "overloaded_error", "message": "Overloaded"],
                            ]) + "\n\n"))
        }
        if delay > 0, !pieces.isEmpty {
            pieces[0] = ScriptedResponse.StreamPiece(String(decoding: pieces[0].bytes, as: UTF8.self), after: delay)
        }
        return .stream(
            status: 200,
            headers: [
                ("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-cache"),
                FakeWire.idHeader(request.api, serial),
            ] + headers,
            pieces: pieces, end: end)
    }

    /// `text` in up to three pieces.
    static func split(_ text: String) -> [String] {
        let characters = Array(text)
        guard !characters.isEmpty else { return [] }
        let size = max(1, (characters.count + 2) / 3)
        return stride(from: 0, to: characters.count, by: size).map {
            String(characters[$0..<min($0 + size, characters.count)])
        }
    }

    static func data(_ json: JSONValue) -> String { "data: " + JSONWriter.canonical(json) + "\n\n" }

    static func openAI(
        _ text: String, stop: FakeReply.Stop, request: FakeLLMRequest, input: Int, output: Int, serial: Int
    ) -> Events {
        func chunk(_ delta: JSONValue, finish: String? = nil) -> String {
            data([
                "id": .string("chatcmpl-\(serial)"), "object": "chat.completion.chunk", "created": 0,
                "model": .string(request.model),
                "choices": [["index": 0, "delta": delta, "finish_reason": finish.map(JSONValue.string) ?? .null]],
                "usage": .null,
            ])
        }
        let finish: String
        switch stop {
        case .stop, .refusal: finish = "stop"
        case .length: finish = "length"
        case .contentFilter: finish = "content_filter"
        }
        let field = stop == .refusal ? "refusal" : "content"
        var closing = [chunk([:], finish: finish)]
        if request.body["stream_options"]?["include_usage"] == .bool(true) {
            closing.append(
                data([
                    "id": .string("chatcmpl-\(serial)"), "object": "chat.completion.chunk", "created": 0,
                    "model": .string(request.model), "choices": [],
                    "usage": [
                        "prompt_tokens": .number(Double(input)), "completion_tokens": .number(Double(output)),
                        "total_tokens": .number(Double(input + output)),
                    ],
                ]))
        }
        closing.append("data: [DONE]\n\n")
        return Events(
            opening: [chunk(["role": "assistant", "content": "", "refusal": .null])],
            deltas: split(text).map { chunk([field: .string($0)]) }, closing: closing)
    }

    static func anthropic(
        _ text: String, stop: FakeReply.Stop, request: FakeLLMRequest, input: Int, output: Int, serial: Int
    ) -> Events {
        func event(_ name: String, _ json: JSONValue) -> String {
            "event: \(name)\ndata: " + JSONWriter.canonical(json) + "\n\n"
        }
        var reason: String
        switch stop {
        case .stop: reason = "end_turn"
        case .length: reason = "max_tokens"
        case .contentFilter, .refusal: reason = "refusal"
        }
        let tool = request.wantsTool && stop == .stop && (try? JSONParser.parse(text)) != nil
        if tool { reason = "tool_use" }
        let block: JSONValue =
            tool
            ? [
                "type": "tool_use", "id": .string("toolu_\(serial)"), "name": .string(StructuredOutput.schemaName),
                "input": [:],
            ]
            : ["type": "text", "text": ""]
        let deltas = split(text).map { piece in
            event(
                "content_block_delta",
                [
                    "type": "content_block_delta", "index": 0,
                    "delta": tool
                        ? ["type": "input_json_delta", "partial_json": .string(piece)]
                        : ["type": "text_delta", "text": .string(piece)],
                ])
        }
        return Events(
            opening: [
                event(
                    "message_start",
                    [
                        "type": "message_start",
                        "message": [
                            "id": .string("msg_\(serial)"), "type": "message", "role": "assistant", "content": [],
                            "model": .string(request.model),
                            "stop_reason": .null, "stop_sequence": .null,
                            "usage": ["input_tokens": .number(Double(input)), "output_tokens": 1],
                        ],
                    ]),
                event("content_block_start", ["type": "content_block_start", "index": 0, "content_block": block]),
                event("ping", ["type": "ping"]),
            ],
            deltas: deltas,
            closing: [
                event("content_block_stop", ["type": "content_block_stop", "index": 0]),
                event(
                    "message_delta",
                    [
                        "type": "message_delta", "delta": ["stop_reason": .string(reason), "stop_sequence": .null],
                        "usage": ["output_tokens": .number(Double(output))],
                    ]),
                event("message_stop", ["type": "message_stop"]),
            ])
    }
}
