/// The Chat Completions wire format (`POST {base_url}/chat/completions`), as OpenAI, vLLM,
/// Ollama and llama.cpp speak it: request bodies, answers and error bodies.
enum OpenAIWire {
    /// The request body. Structured output follows `mode` when the prompt's output is JSON. The
    /// output cap goes under `max_completion_tokens` (OpenAI's current name) unless `parameters`
    /// say `max_tokens`; `temperature` is left out for models that reject sampling parameters. A
    /// streamed request asks for the usage chunk too (`stream_options.include_usage`).
    static func body(
        _ request: CompletionRequest, mode: StructuredOutput, parameters: ModelParameters = ModelParameters(),
        stream: Bool = false
    ) -> JSONValue {
        var body: [String: JSONValue] = [
            "model": .string(request.model),
            "messages": .array(
                request.messages.map { ["role": .string($0.role.rawValue), "content": .string($0.content)] }),
        ]
        body[(parameters.tokenParameter ?? .maxCompletionTokens).rawValue] = .number(Double(request.maxTokens))
        if stream {
            body["stream"] = true
            body["stream_options"] = ["include_usage": true]
        }
        if parameters.sampling ?? !ModelParameters.rejectsSampling(request.model) {
            body["temperature"] = .number(request.temperature)
        }
        if request.output == .json {
            switch mode {
            case .jsonSchema where request.outputSchema?.objectValue != nil:
                body["response_format"] = [
                    "type": "json_schema",
                    "json_schema": [
                        "name": .string(StructuredOutput.schemaName),
                        "schema": StrictSchema.derive(request.outputSchema ?? .null, for: .openAI).schema,
                        "strict": true,
                    ],
                ]
            case .jsonObject, .jsonSchema:
                body["response_format"] = ["type": "json_object"]
            case .none:
                break
            }
        }
        return .object(body)
    }

    /// What an answer carries: `choices[0].message.content`, `finish_reason`, `usage`.
    struct Answer: Equatable {
        var text: String
        var stopReason: StopReason
        var usage: TokenUsage
    }

    /// Reads a 200 answer; a body without `choices[0].message` is an invalid response.
    static func answer(_ json: JSONValue) -> Result<Answer, WireError> {
        guard let choice = json["choices"]?.arrayValue?.first, let message = choice["message"]?.objectValue else {
            return .failure(WireError("the answer has no `choices[0].message`"))
        }
        let finish = choice["finish_reason"]?.stringValue
        let refusal = message["refusal"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        var text = refusal ?? message["content"]?.stringValue
        if text == nil, let call = message["tool_calls"]?.arrayValue?.first?["function"]?["arguments"]?.stringValue {
            text = call
        }
        guard let text else {
            return .failure(
                WireError("`choices[0].message.content` is missing or null (finish_reason \(finish ?? "none"))"))
        }
        let usage = json["usage"]
        return .success(
            Answer(
                text: text, stopReason: stopReason(finish, refused: refusal != nil),
                usage: TokenUsage.reported(
                    input: usage?["prompt_tokens"]?.numberValue, output: usage?["completion_tokens"]?.numberValue)))
    }

    /// `finish_reason` in provider-neutral form; a `message.refusal` makes it a refusal.
    static func stopReason(_ finish: String?, refused: Bool = false) -> StopReason {
        if refused { return .refusal }
        switch finish {
        case "stop"?, nil: return .stop
        case "length"?: return .length
        case "content_filter"?: return .contentFilter
        case "tool_calls"?, "function_call"?: return .toolUse
        default: return .other
        }
    }

    /// Reads `{"error": {"message", "type", "code"}}`; `context_length_exceeded` (or a message
    /// saying so, as vLLM words it) becomes `.contextLength`.
    static func describeError(status: Int, json: JSONValue?, excerpt: String) -> (ProviderError.Kind?, String) {
        let error = json?["error"]
        let message =
            error?["message"]?.stringValue ?? error?.stringValue ?? (excerpt.isEmpty ? "no error body" : excerpt)
        let code = error?["code"]?.stringValue ?? error?["code"]?.numberValue.map { JSONWriter.number($0) }
        let type = error?["type"]?.stringValue
        let detail = [type, code].compactMap { $0 }.joined(separator: ", ")
        let text = detail.isEmpty ? message : "\(message) (\(detail))"
        let lower = message.lowercased()
        if code == "context_length_exceeded"
            || (status == 400 && (lower.contains("maximum context length") || lower.contains("context length")))
        {
            return (.contextLength, text)
        }
        if code == "insufficient_quota" || type == "insufficient_quota" { return (.quotaExceeded, text) }
        if status == 400,
            let parameter = ParameterHint.rejectedParameter(
                code: code, param: error?["param"]?.stringValue, message: message)
        {
            return (.unsupportedParameter, text + ParameterHint.advice(for: parameter))
        }
        return (nil, text)
    }
}
