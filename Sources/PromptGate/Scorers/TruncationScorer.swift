/// Fails a case whose reply was cut off at max_tokens: an incomplete answer is never a pass.
public struct TruncationScorer: Scorer {
    public static let id = "truncation"

    public init() {}

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        output.stopReason == .length
            ? .fail(Self.id, ["the reply was cut off at max_tokens (\(output.request.maxTokens)); raise max_tokens or shorten the output"])
            : .pass(Self.id)
    }
}
