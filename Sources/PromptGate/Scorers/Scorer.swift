/// What a scorer sees of one case's answer: the raw reply, the parsed JSON, the stop reason and
/// the rendered request (for template-leak checks).
public struct ModelOutput: Sendable {
    public var text: String
    public var parsed: ParsedOutput
    public var stopReason: StopReason
    public var request: CompletionRequest
    /// The prompt's message templates as written, to detect template text echoed back.
    public var templates: [Template]
    /// Set when an earlier answer to this case was refused and a re-ask gave this one.
    public var refusedFirst: StopReason?
    /// The judges' verdicts on this answer (from the pipeline's judge step).
    public var judgements: [Judgement] = []

    public init(text: String, parsed: ParsedOutput, stopReason: StopReason, request: CompletionRequest, templates: [Template] = []) {
        self.text = text
        self.parsed = parsed
        self.stopReason = stopReason
        self.request = request
        self.templates = templates
    }
}

/// Judges one aspect of a case's answer. Adding a scorer = one file + one line in `ScorerSet`.
public protocol Scorer: Sendable {
    /// Stored in SQLite; never renamed once shipped.
    static var id: String { get }
    /// Scores one answer against its case.
    func score(_ output: ModelOutput, for testCase: TestCase) -> Score
}
