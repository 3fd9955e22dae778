import Foundation

/// A streamed Chat Completions answer (`stream: true`, `stream_options: {include_usage: true}`):
/// `chat.completion.chunk` events whose `choices[0].delta` carries `content`, `refusal` or
/// `tool_calls[].function.arguments` pieces and, once, `finish_reason`; a last chunk with empty
/// `choices` carries `usage`; `data: [DONE]` ends the stream. An event with an `error` object is an
/// error inside the stream (https://platform.openai.com/docs/api-reference/chat-streaming).
struct OpenAIStream: StreamDialect {
    private var content = ""
    private var refusal = ""
    private var toolArguments = ""
    private var sawChoice = false
    private var finish: String?
    private var usage: TokenUsage?
    private var failure: StreamFailure?
    private var done = false

    var ended: Bool { done || failure != nil }

    mutating func take(_ event: ServerSentEvent) -> Bool {
        if event.data.trimmingCharacters(in: .whitespaces) == "[DONE]" {
            done = true
            return false
        }
        guard let json = try? JSONParser.parse(event.data) else {
            failure = .invalid("a stream event is not JSON: \(event.data.prefix(120))")
            return false
        }
        if let error = json["error"], error != .null {
            let (_, message) = OpenAIWire.describeError(status: 200, json: json, excerpt: "")
            failure = .errorEvent(
                StreamFailure.kind(ofErrorType: error["type"]?.stringValue ?? error["code"]?.stringValue), message)
            return false
        }
        if let reported = json["usage"], reported != .null {
            usage = TokenUsage.reported(
                input: reported["prompt_tokens"]?.numberValue, output: reported["completion_tokens"]?.numberValue)
        }
        guard let choice = json["choices"]?.arrayValue?.first else { return false }
        sawChoice = true
        if let reason = choice["finish_reason"]?.stringValue { finish = reason }
        let delta = choice["delta"]
        var carried = false
        if let piece = delta?["content"]?.stringValue, !piece.isEmpty {
            content += piece
            carried = true
        }
        if let piece = delta?["refusal"]?.stringValue, !piece.isEmpty {
            refusal += piece
            carried = true
        }
        for call in delta?["tool_calls"]?.arrayValue ?? [] {
            if let piece = call["function"]?["arguments"]?.stringValue, !piece.isEmpty {
                toolArguments += piece
                carried = true
            }
        }
        return carried
    }

    func result() -> Result<OpenAIWire.Answer, StreamFailure> {
        if let failure { return .failure(failure) }
        guard done else { return .failure(.incomplete("the stream ended before `data: [DONE]`")) }
        guard sawChoice else { return .failure(.invalid("the stream carried no `choices`")) }
        let refused = !refusal.isEmpty
        let text = refused ? refusal : (content.isEmpty && !toolArguments.isEmpty ? toolArguments : content)
        return .success(
            OpenAIWire.Answer(
                text: text, stopReason: OpenAIWire.stopReason(finish, refused: refused),
                usage: usage ?? TokenUsage(inputTokens: 0, outputTokens: 0)))
    }
}
