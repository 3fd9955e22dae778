/// A streamed Messages answer (`stream: true`): `message_start` (input usage), per content block
/// `content_block_start`, `content_block_delta` (`text_delta` text or `input_json_delta` partial
/// tool input) and `content_block_stop`, then `message_delta` (`stop_reason`, cumulative output
/// usage) and `message_stop`; `ping` may come anywhere, and `event: error` (e.g.
/// `overloaded_error`) is an error inside the stream
/// (https://docs.anthropic.com/en/docs/build-with-claude/streaming). Unknown events are ignored.
struct AnthropicStream: StreamDialect {
    /// True when structured output goes through the forced tool (`AnthropicWire.usesTool`).
    let forcedTool: Bool
    private var text = ""
    private var toolInput = ""
    private var sawToolUse = false
    private var stop: String?
    private var inputTokens: Double?
    private var outputTokens: Double?
    private var failure: StreamFailure?
    private var done = false

    init(forcedTool: Bool) {
        self.forcedTool = forcedTool
    }

    var ended: Bool { done || failure != nil }

    mutating func take(_ event: ServerSentEvent) -> Bool {
        guard let json = try? JSONParser.parse(event.data) else {
            failure = .invalid("a stream event is not JSON: \(event.data.prefix(120))")
            return false
        }
        switch json["type"]?.stringValue ?? event.name {
        case "message_start":
            let usage = json["message"]?["usage"]
            inputTokens = usage?["input_tokens"]?.numberValue ?? inputTokens
            outputTokens = usage?["output_tokens"]?.numberValue ?? outputTokens
        case "content_block_start":
            if json["content_block"]?["type"]?.stringValue == "tool_use" { sawToolUse = true }
            if let start = json["content_block"]?["text"]?.stringValue, !start.isEmpty {
                text += start
                return true
            }
        case "content_block_delta":
            let delta = json["delta"]
            switch delta?["type"]?.stringValue {
            case "text_delta"?:
                let piece = delta?["text"]?.stringValue ?? ""
                text += piece
                return !piece.isEmpty
            case "input_json_delta"?:
                let piece = delta?["partial_json"]?.stringValue ?? ""
                toolInput += piece
                return !piece.isEmpty
            default:
                break
            }
        case "message_delta":
            if let reason = json["delta"]?["stop_reason"]?.stringValue { stop = reason }
            inputTokens = json["usage"]?["input_tokens"]?.numberValue ?? inputTokens
            outputTokens = json["usage"]?["output_tokens"]?.numberValue ?? outputTokens
        case "message_stop":
            done = true
        case "error":
            let (_, message) = AnthropicWire.describeError(status: 200, json: json, excerpt: "")
            failure = .errorEvent(StreamFailure.kind(ofErrorType: json["error"]?["type"]?.stringValue), message)
        default:
            break  // ping, content_block_stop and event types added later
        }
        return false
    }

    func result() -> Result<AnthropicWire.Answer, StreamFailure> {
        if let failure { return .failure(failure) }
        guard done else { return .failure(.incomplete("the stream ended before `message_stop`")) }
        var answer = text
        if forcedTool && sawToolUse {
            guard let input = try? JSONParser.parse(toolInput.isEmpty ? "{}" : toolInput) else {
                return .failure(.invalid("the streamed `tool_use` input is not JSON"))
            }
            answer = JSONWriter.canonical(input)
        }
        var reason = AnthropicWire.stopReason(stop)
        if forcedTool && reason == .toolUse { reason = .stop }
        return .success(
            AnthropicWire.Answer(
                text: answer, stopReason: reason,
                usage: TokenUsage.reported(input: inputTokens, output: outputTokens)))
    }
}
