/// A judge's request, built the same way for rubric and pairwise judges: the judge prompt's
/// messages rendered with `vars`, sent with the prompt's model settings, asking for JSON, with the
/// verdict's schema when the judge's provider takes one.
enum JudgeRequest {
    /// The request, or a problem naming the variable the prompt uses and nobody provides.
    static func make(
        prompt: PromptFile, provider: ProviderConfig, vars: [String: JSONValue], judgeVariables: Set<String>,
        verdictSchema: JSONValue, caseID: String, repeatIndex: Int
    ) -> Result<CompletionRequest, JudgeProblem> {
        var messages: [ChatMessage] = []
        for message in prompt.messages {
            do {
                messages.append(ChatMessage(role: message.role, content: try message.template.render(vars)))
            } catch {
                let allowed = judgeVariables.sorted().joined(separator: ", ")
                return .failure(
                    JudgeProblem(
                        "\(prompt.path): variable `\(error.name)` is neither a case variable nor one of \(allowed)"))
            }
        }
        let settings = prompt.settings
        return .success(
            CompletionRequest(
                model: settings.model, messages: messages, temperature: settings.temperature,
                maxTokens: settings.maxTokens, output: .json,
                outputSchema: provider.structuredOutput == .jsonSchema ? verdictSchema : JSONValue?.none,
                caseID: caseID, repeatIndex: repeatIndex, stream: settings.stream ?? true))
    }
}
