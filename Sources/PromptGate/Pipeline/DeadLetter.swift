/// A case whose answer still failed to parse or validate after its re-asks: kept aside with
/// why, the raw output and how many calls it took, so someone can look at it (`promptgate dlq`).
public struct DeadLetter: Sendable, Equatable {
    public var reason: String
    public var rawOutput: String
    /// Calls made for the case.
    public var attempts: Int
    /// Re-asks made for the case.
    public var reasks: Int

    public init(reason: String, rawOutput: String, attempts: Int, reasks: Int) {
        self.reason = reason
        self.rawOutput = rawOutput
        self.attempts = attempts
        self.reasks = reasks
    }
}

/// Decides whether an answer is usable JSON for the test set, and words the re-ask.
struct OutputValidator: Sendable {
    let schema: JSONSchema?

    /// Why the answer cannot be used (not JSON, or invalid against the schema), or nil.
    func problem(_ parsed: ParsedOutput) -> String? {
        guard let value = parsed.value else {
            return "it is not valid JSON (\(parsed.error ?? "no JSON value found"))"
        }
        guard let schema else { return nil }
        let violations = schema.validate(value)
        guard !violations.isEmpty else { return nil }
        let listed = violations.prefix(5).map(\.description).joined(separator: "; ")
        return "it does not match the schema: \(listed)\(violations.count > 5 ? "; …" : "")"
    }

    /// The request that asks again: the conversation so far, the rejected reply, and what was wrong.
    static func reask(_ request: CompletionRequest, previous: String, problem: String) -> CompletionRequest {
        var next = request
        next.messages.append(ChatMessage(role: .assistant, content: previous))
        next.messages.append(ChatMessage(role: .user, content: "Your previous reply could not be used: \(problem). Reply again with only the JSON value, valid against the schema, and nothing else."))
        return next
    }
}
