import PromptGate

/// Builds the fake server's answers and error bodies in each API's wire format.
enum FakeWire {
    static func response(
        _ reply: FakeReply, for request: FakeLLMRequest, serial: Int, delay: Double
    ) -> ScriptedResponse {
        switch reply {
        case .content(let text, let stop, let input, let output) where request.wantsStream:
            return FakeStreamWire.response(
                text, stop: stop, request: request, input: input, output: output, serial: serial, fault: .none,
                delay: delay)
        case .slowFirstToken(let text, let seconds) where request.wantsStream:
            return FakeStreamWire.response(
                text, stop: .stop, request: request, input: 12, output: 8, serial: serial,
                fault: .slowFirstToken(seconds), delay: delay)
        case .slowFirstToken(let text, let seconds):
            return response(.content(text), for: request, serial: serial, delay: delay + seconds)
        case .streamCut(let text, let closeConnection):
            return FakeStreamWire.response(
                text, stop: .stop, request: request, input: 12, output: 8, serial: serial,
                fault: .cut(closeConnection: closeConnection), delay: delay)
        case .streamError(let text):
            return FakeStreamWire.response(
                text, stop: .stop, request: request, input: 12, output: 8, serial: serial, fault: .errorEvent,
                delay: delay)
        case .content(let text, let stop, let input, let output):
            let body =
                request.api == .openai
                ? openAIAnswer(text, stop: stop, model: request.model, input: input, output: output, serial: serial)
                : anthropicAnswer(text, stop: stop, request: request, input: input, output: output, serial: serial)
            return .respond(
                status: 200, headers: [("Content-Type", "application/json"), idHeader(request.api, serial)],
                body: Array(body.utf8), delay: delay)
        case .rateLimited(let retryAfter, let headers):
            var extra = headers
            if let retryAfter { extra.append(("retry-after", retryAfter)) }
            return error(
                request.api, status: 429, type: request.api == .openai ? "requests" : "rate_limit_error",
                code: "rate_limit_exceeded",
                message: "Rate limit reached for requests", headers: extra, serial: serial, delay: delay)
        case .serverError(let status):
            return error(
                request.api, status: status, type: request.api == .openai ? "server_error" : "api_error", code: nil,
                message: "The server had an error while processing your request", serial: serial, delay: delay)
        case .overloaded:
            return request.api == .anthropic
                ? error(
                    .anthropic, status: 529, type: "overloaded_error", code: nil, message: "Overloaded", serial: serial,
                    delay: delay)
                : error(
                    .openai, status: 503, type: "server_error", code: nil,
                    message: "The engine is currently overloaded, please try again later", serial: serial, delay: delay)
        case .contextLength:
            return request.api == .openai
                ? error(
                    .openai, status: 400, type: "invalid_request_error", code: "context_length_exceeded",
                    message:
                        "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.",
                    serial: serial, delay: delay)
                : error(
                    .anthropic, status: 400, type: "invalid_request_error", code: nil,
                    message: "prompt is too long: 250000 tokens > 200000 maximum", serial: serial, delay: delay)
        case .insufficientQuota:
            return request.api == .openai
                ? error(
                    .openai, status: 429, type: "insufficient_quota", code: "insufficient_quota",
                    message: "You exceeded your current quota, please check your plan and billing details.",
                    serial: serial, delay: delay)
                : error(
                    .anthropic, status: 400, type: "invalid_request_error", code: nil,
                    message:
                        "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
                    serial: serial, delay: delay)
        case .modelNotFound:
            return request.api == .openai
                ? error(
                    .openai, status: 404, type: "invalid_request_error", code: "model_not_found",
                    message: "The model `\(request.model)` does not exist or you do not have access to it.",
                    serial: serial, delay: delay)
                : error(
                    .anthropic, status: 404, type: "not_found_error", code: nil, message: "model: \(request.model)",
                    serial: serial, delay: delay)
        case .unsupportedParameter(let parameter):
            return error(
                request.api, status: 400, type: "invalid_request_error",
                code: request.api == .openai ? "unsupported_parameter" : nil,
                message: "Unsupported parameter: '\(parameter)' is not supported with this model.", param: parameter,
                serial: serial, delay: delay)
        case .badRequest:
            return error(
                request.api, status: 400, type: "invalid_request_error", code: nil, message: "Invalid request",
                serial: serial, delay: delay)
        case .unauthorized(let echo):
            let message =
                echo.map { "Incorrect API key provided: \($0). You can find your API key in your account settings." }
                ?? "invalid x-api-key"
            return error(
                request.api, status: 401,
                type: request.api == .openai ? "invalid_request_error" : "authentication_error",
                code: "invalid_api_key", message: message, serial: serial, delay: delay)
        case .hang(let seconds):
            return .hang(seconds: seconds)
        case .resetMidBody:
            return .resetMidBody(
                status: 200, headers: [("Content-Type", "application/json")],
                partialBody: Array(#"{"id":"chatcmpl-cut","choices":[{"#.utf8))
        case .truncated:
            return .truncated(
                status: 200, headers: [("Content-Type", "application/json")],
                body: Array(#"{"id":"chatcmpl-trunc","#.utf8), declaredLength: 4096)
        case .raw(let scripted):
            return scripted
        }
    }

    static func idHeader(_ api: FakeAPI, _ serial: Int) -> (String, String) {
        api == .openai ? ("x-request-id", "req_fake_\(serial)") : ("request-id", "req_fake_\(serial)")
    }

    static func openAIAnswer(
        _ text: String, stop: FakeReply.Stop, model: String, input: Int, output: Int, serial: Int
    ) -> String {
        let finish: String
        switch stop {
        case .stop: finish = "stop"
        case .length: finish = "length"
        case .contentFilter: finish = "content_filter"
        case .refusal: finish = "stop"
        }
        let message: JSONValue =
            stop == .refusal
            ? ["role": "assistant", "content": .null, "refusal": .string(text)]
            : ["role": "assistant", "content": .string(text), "refusal": .null]
        let body: JSONValue = [
            "id": .string("chatcmpl-\(serial)"), "object": "chat.completion", "created": 0, "model": .string(model),
            "choices": [["index": 0, "message": message, "finish_reason": .string(finish)]],
            "usage": [
                "prompt_tokens": .number(Double(input)), "completion_tokens": .number(Double(output)),
                "total_tokens": .number(Double(input + output)),
            ],
        ]
        return JSONWriter.canonical(body)
    }

    static func anthropicAnswer(
        _ text: String, stop: FakeReply.Stop, request: FakeLLMRequest, input: Int, output: Int, serial: Int
    ) -> String {
        var content: JSONValue = [["type": "text", "text": .string(text)]]
        var reason: String
        switch stop {
        case .stop: reason = "end_turn"
        case .length: reason = "max_tokens"
        case .contentFilter, .refusal: reason = "refusal"
        }
        if request.wantsTool, stop == .stop, let input = try? JSONParser.parse(text) {
            content = [
                [
                    "type": "tool_use", "id": .string("toolu_\(serial)"), "name": .string(StructuredOutput.schemaName),
                    "input": input,
                ]
            ]
            reason = "tool_use"
        }
        let body: JSONValue = [
            "id": .string("msg_\(serial)"), "type": "message", "role": "assistant", "model": .string(request.model),
            "content": content, "stop_reason": .string(reason), "stop_sequence": .null,
            "usage": ["input_tokens": .number(Double(input)), "output_tokens": .number(Double(output))],
        ]
        return JSONWriter.canonical(body)
    }

    static func error(
        _ api: FakeAPI, status: Int, type: String, code: String?, message: String, param: String? = nil,
        headers: [(String, String)] = [], serial: Int, delay: Double
    ) -> ScriptedResponse {
        let body: JSONValue
        if api == .openai {
            body = [
                "error": [
                    "message": .string(message), "type": .string(type), "param": param.map(JSONValue.string) ?? .null,
                    "code": code.map(JSONValue.string) ?? .null,
                ]
            ]
        } else {
            body = ["type": "error", "error": ["type": .string(type), "message": .string(message)]]
        }
        return .respond(
            status: status, headers: [("Content-Type", "application/json"), idHeader(api, serial)] + headers,
            body: Array(JSONWriter.canonical(body).utf8), delay: delay)
    }
}
