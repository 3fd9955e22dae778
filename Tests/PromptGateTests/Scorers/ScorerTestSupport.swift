@testable import PromptGate

/// Builds the inputs scorers see, for table-driven tests.
enum ScorerInput {
    static func output(
        _ text: String, stop: StopReason = .stop, messages: [ChatMessage] = [ChatMessage(role: .user, content: "hi")],
        templates: [Template] = []
    ) -> ModelOutput {
        let request = CompletionRequest(
            model: "m", messages: messages, temperature: 0, maxTokens: 100, output: .json, caseID: "c", repeatIndex: 0)
        return ModelOutput(
            text: text, parsed: OutputParser.parse(text), stopReason: stop, request: request, templates: templates)
    }

    static func testCase(expected: JSONValue?, vars: [String: JSONValue] = [:]) -> TestCase {
        TestCase(id: "c", vars: vars, expected: expected)
    }
}
