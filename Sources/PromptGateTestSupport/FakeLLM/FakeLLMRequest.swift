import PromptGate

/// Which API a request to the fake server used.
public enum FakeAPI: String, Sendable {
    /// `POST /v1/chat/completions`.
    case openai
    /// `POST /v1/messages`.
    case anthropic
}

/// One request as the fake LLM server understood it: the API, the model, the messages, the case
/// it belongs to (found in the prompt) and which attempt for that case it is.
public struct FakeLLMRequest: Sendable {
    public let api: FakeAPI
    public let model: String
    /// The decoded request body.
    public let body: JSONValue
    /// Every message, the Anthropic top-level `system` first.
    public let messages: [ChatMessage]
    /// The case key found in the messages (default: the text after `case=`), or nil.
    public let caseKey: String?
    /// 1 for the first request of this case key (or of the server, without a key), 2 for the next…
    public let attempt: Int
    /// The raw request as received.
    public let recorded: RecordedRequest

    /// True when the request asks for a forced Anthropic tool (structured output).
    public var wantsTool: Bool { body["tool_choice"]?["type"]?.stringValue == "tool" }

    /// True when the request asks for a streamed answer (`stream: true`).
    public var wantsStream: Bool { body["stream"] == .bool(true) }

    /// The request's output cap (`max_tokens`, or OpenAI's `max_completion_tokens`).
    public var maxTokens: Int? { (body["max_tokens"] ?? body["max_completion_tokens"])?.numberValue.map { Int($0) } }

    /// The last user message's text.
    public var lastUserMessage: String { messages.last { $0.role == .user }?.content ?? "" }

    /// Reads a request body; nil when it is not a JSON object.
    static func decode(
        _ recorded: RecordedRequest, api: FakeAPI, caseKey: (String) -> String?
    ) -> (model: String, body: JSONValue, messages: [ChatMessage], key: String?)? {
        guard let body = try? JSONParser.parse(bytes: recorded.body), case .object = body else { return nil }
        var messages: [ChatMessage] = []
        if let system = body["system"]?.stringValue { messages.append(ChatMessage(role: .system, content: system)) }
        for item in body["messages"]?.arrayValue ?? [] {
            guard let role = item["role"]?.stringValue.flatMap(ChatRole.init(rawValue:)) else { continue }
            messages.append(ChatMessage(role: role, content: item["content"]?.stringValue ?? ""))
        }
        var key: String?
        for message in messages where key == nil { key = caseKey(message.content) }
        return (body["model"]?.stringValue ?? "", body, messages, key)
    }

    /// The default case key: the characters after the first `case=` in a message.
    public static func caseKeyAfterMarker(_ text: String) -> String? {
        guard let marker = text.range(of: "case=") else { return nil }
        let key = text[marker.upperBound...].prefix {
            $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "."
        }
        return key.isEmpty ? nil : String(key)
    }
}
