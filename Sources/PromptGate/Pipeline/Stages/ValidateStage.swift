/// The validate stage: whether a parsed answer is usable (JSON, valid against the schema),
/// checked once per answer, and how many times an unusable one is asked again.
protocol ValidateStage: Sendable {
    /// Re-asks allowed per case (0 when the provider cannot answer one).
    var reasks: Int { get }
    /// Whether a refused or filtered answer is asked again (`retry.reask_refusals`).
    var reaskRefusals: Bool { get }
    /// The answer's schema violations and, when it cannot be used, why.
    func validate(_ parsed: ParsedOutput) -> Validation
    /// The request that asks again after `previous` was rejected for `problem`.
    func reask(_ request: CompletionRequest, previous: String, problem: String) -> CompletionRequest
}

/// One answer checked against the test set's schema: the violations (handed on to the `schema`
/// scorer, so no answer is validated twice) and the problem that makes it unusable, if any.
struct Validation: Sendable {
    let violations: [SchemaViolation]
    let problem: String?
}
