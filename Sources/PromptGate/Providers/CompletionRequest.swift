/// One chat message sent to a model.
public struct ChatMessage: Sendable, Equatable {
    public let role: ChatRole
    public let content: String

    public init(role: ChatRole, content: String) {
        self.role = role
        self.content = content
    }
}

/// A fully rendered request for one case and repeat, independent of any provider's wire format.
public struct CompletionRequest: Sendable {
    public var model: String
    public var messages: [ChatMessage]
    public var temperature: Double
    public var maxTokens: Int
    public var output: OutputMode
    /// The output schema, when the provider is asked for structured output.
    public var outputSchema: JSONValue?
    public var caseID: String
    public var repeatIndex: Int
    /// True to ask for the answer as a stream (time to first token is then measured); providers
    /// that do not stream ignore it. Not part of the request's content: it does not change the answer.
    public var stream = true

    public init(
        model: String, messages: [ChatMessage], temperature: Double, maxTokens: Int, output: OutputMode,
        outputSchema: JSONValue? = nil, caseID: String, repeatIndex: Int, stream: Bool = true
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.output = output
        self.outputSchema = outputSchema
        self.caseID = caseID
        self.repeatIndex = repeatIndex
        self.stream = stream
    }

    /// What identifies the request's content: model, parameters, messages and output mode
    /// (not the case id), in canonical JSON.
    public var contentJSON: JSONValue {
        var object: [String: JSONValue] = [
            "model": .string(model),
            "temperature": .number(temperature),
            "max_tokens": .number(Double(maxTokens)),
            "output": .string(output.rawValue),
            "messages": .array(
                messages.map { .object(["role": .string($0.role.rawValue), "content": .string($0.content)]) }),
        ]
        if let outputSchema { object["output_schema"] = outputSchema }
        return .object(object)
    }

    /// SHA-256 of `contentJSON`: recordings are checked against it, so a changed prompt is never
    /// answered by a stale recording.
    public var requestHash: String { ContentHash.of(json: contentJSON) }
}
