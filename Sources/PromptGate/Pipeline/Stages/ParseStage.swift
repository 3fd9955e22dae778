/// The parse stage: the JSON value in a reply (or none, for free-text output).
protocol ParseStage: Sendable {
    func parse(_ response: CompletionResponse, as output: OutputMode) -> ParsedOutput
}

/// Reads JSON from the whole reply, a code fence or prose around it (`OutputParser`).
struct OutputParsing: ParseStage {
    func parse(_ response: CompletionResponse, as output: OutputMode) -> ParsedOutput {
        output == .json ? OutputParser.parse(response.text) : ParsedOutput(value: nil, mode: .text)
    }
}
