/// A case answered but not scored yet: its result so far, with what scoring takes from answering
/// (the parsed case, the request as first rendered, the answer's schema violations) so that no case
/// is parsed, no request rendered and no answer validated twice. Scoring consumes it and hands back
/// the result; the rest is never stored.
struct AnsweredCase: Sendable {
    var result: CaseResult
    let testCase: TestCase
    let request: CompletionRequest
    /// The last answer's violations from the validate stage (nil: not validated, e.g. text output).
    var schemaViolations: [SchemaViolation]?
}
