/// The Messages API wire format (`POST {base_url}/v1/messages`): request bodies, answers and
/// error bodies.
enum AnthropicWire {
    /// The API version header value this format follows.
    static let version = "2023-06-01"

    /// True when structured output goes through a forced tool: the mode asks for it, the prompt
    /// wants JSON and the schema describes an object (a tool's `input_schema` must).
    static func usesTool(_ request: CompletionRequest, mode: StructuredOutput) -> Bool {
        guard mode == .jsonSchema, request.output == .json, let schema = request.outputSchema else { return false }
        return schema["type"]?.stringValue == "object"
    }

    /// The request body: system messages become the top-level `system`, `max_tokens` is always sent,
    /// `stream: true` when the answer is to be streamed.
    static func body(_ request: CompletionRequest, mode: StructuredOutput, stream: Bool = false) -> JSONValue {
        let system = request.messages.filter { $0.role == .system }.map(\.content)
        let turns = request.messages.filter { $0.role != .system }
        var body: [String: JSONValue] = [
            "model": .string(request.model),
            "max_tokens": .number(Double(request.maxTokens)),
            "temperature": .number(request.temperature),
            "messages": .array(turns.map { ["role": .string($0.role.rawValue), "content": .string($0.content)] }),
        ]
        if !system.isEmpty { body["system"] = .string(system.joined(separator: "\n\n")) }
        if stream { body["stream"] = true }
        if usesTool(request, mode: mode), let schema = request.outputSchema {
            body["tools"] = [
                [
                    "name": .string(StructuredOutput.schemaName),
                    "description": "Return the answer as structured data matching this schema.",
                    "input_schema": StrictSchema.derive(schema, for: .anthropic).schema,
                ]
            ]
            body["tool_choice"] = ["type": "tool", "name": .string(StructuredOutput.schemaName)]
        }
        return .object(body)
    }

    /// What an answer carries.
    struct Answer: Equatable {
        var text: String
        var stopReason: StopReason
        var usage: TokenUsage
    }

    /// Reads a 200 answer. With a forced tool the output is the `tool_use` block's `input` (as
    /// canonical JSON) and its `tool_use` stop is a normal stop; otherwise the text blocks joined.
    static func answer(_ json: JSONValue, forcedTool: Bool) -> Result<Answer, WireError> {
        guard let blocks = json["content"]?.arrayValue else {
            return .failure(WireError("the answer has no `content` array"))
        }
        let stop = json["stop_reason"]?.stringValue
        var text: String?
        if forcedTool, let input = blocks.first(where: { $0["type"]?.stringValue == "tool_use" })?["input"] {
            text = JSONWriter.canonical(input)
        }
        if text == nil {
            let parts = blocks.filter { $0["type"]?.stringValue == "text" }.compactMap { $0["text"]?.stringValue }
            if !parts.isEmpty || blocks.isEmpty { text = parts.joined() }
        }
        guard let text else {
            return .failure(
                WireError(
                    "the answer has neither text nor the expected `tool_use` block (stop_reason \(stop ?? "none"))"))
        }
        var reason = stopReason(stop)
        if forcedTool && reason == .toolUse { reason = .stop }
        let usage = json["usage"]
        return .success(
            Answer(
                text: text, stopReason: reason,
                usage: TokenUsage.reported(
                    input: usage?["input_tokens"]?.numberValue, output: usage?["output_tokens"]?.numberValue)))
    }

    /// `stop_reason` in provider-neutral form.
    static func stopReason(_ stop: String?) -> StopReason {
        switch stop {
        case "end_turn"?, "stop_sequence"?, nil: return .stop
        case "max_tokens"?: return .length
        case "tool_use"?: return .toolUse
        case "refusal"?: return .refusal
        default: return .other
        }
    }

    /// Reads `{"type": "error", "error": {"type", "message"}}`; `overloaded_error` is overloaded
    /// whatever the status, and "prompt is too long" is a context-length failure.
    static func describeError(status: Int, json: JSONValue?, excerpt: String) -> (ProviderError.Kind?, String) {
        let error = json?["error"]
        let type = error?["type"]?.stringValue
        let message = error?["message"]?.stringValue ?? (excerpt.isEmpty ? "no error body" : excerpt)
        let text = type.map { "\(message) (\($0))" } ?? message
        if type == "overloaded_error" { return (.overloaded, text) }
        if status == 400 && message.lowercased().contains("prompt is too long") { return (.contextLength, text) }
        if message.lowercased().contains("credit balance") { return (.quotaExceeded, text) }
        return (nil, text)
    }
}
