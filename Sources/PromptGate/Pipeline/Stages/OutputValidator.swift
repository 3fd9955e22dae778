/// The validate stage: decides whether an answer is usable JSON for the test set (validating it
/// once against the schema the test set compiled), and words the re-ask.
struct OutputValidator: ValidateStage {
    let schema: JSONSchema?
    let reasks: Int
    let reaskRefusals: Bool

    init(schema: JSONSchema?, reasks: Int = 0, reaskRefusals: Bool = false) {
        self.schema = schema
        self.reasks = reasks
        self.reaskRefusals = reaskRefusals
    }

    func validate(_ parsed: ParsedOutput) -> Validation {
        guard let value = parsed.value else {
            return Validation(
                violations: [], problem: "it is not valid JSON (\(parsed.error ?? "no JSON value found"))")
        }
        let violations = schema?.validate(value) ?? []
        guard !violations.isEmpty else { return Validation(violations: [], problem: nil) }
        let listed = violations.prefix(5).map(\.description).joined(separator: "; ")
        return Validation(
            violations: violations,
            problem: "it does not match the schema: \(listed)\(violations.count > 5 ? "; …" : "")")
    }

    /// The request that asks again: the conversation so far, the rejected reply, and what was wrong.
    func reask(_ request: CompletionRequest, previous: String, problem: String) -> CompletionRequest {
        var next = request
        next.messages.append(ChatMessage(role: .assistant, content: previous))
        next.messages.append(
            ChatMessage(
                role: .user,
                content:
                    "Your previous reply could not be used: \(problem). Reply again with only the JSON value, valid against the schema, and nothing else."
            ))
        return next
    }
}
