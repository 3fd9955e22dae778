/// Fails a case whose reply was cut off at max_tokens: an incomplete answer is never a pass.
public struct TruncationScorer: Scorer {
    public static let id = "truncation"
    /// Answers cut off at max_tokens (counted from the stop reason, so errors included).
    public static let truncations = ScorerMetric(
        id: "truncations", label: "truncated at max_tokens", tally: .stopReason(.length), position: 50)
    public static let metrics = [truncations]

    public init() {}

    public static func make(for context: ScorerContext) -> TruncationScorer? { TruncationScorer() }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        output.stopReason == .length
            ? .fail(
                Self.id,
                [
                    "the reply was cut off at max_tokens (\(output.request.maxTokens)); raise max_tokens or shorten the output"
                ])
            : .pass(Self.id)
    }
}
