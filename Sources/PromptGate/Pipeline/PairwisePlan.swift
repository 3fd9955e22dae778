/// A pairwise judge ready to compare two versions' answers: its use in the test set, its prompt
/// version (`verdict: pairwise`) and its provider.
public struct PairwisePlan: Sendable {
    public let use: PairwiseUse
    public let prompt: PromptFile
    public let provider: ProviderConfig

    public init(use: PairwiseUse, prompt: PromptFile, provider: ProviderConfig) {
        self.use = use
        self.prompt = prompt
        self.provider = provider
    }

    /// The text the judge reads from one stored answer: the field's value (a string as it is,
    /// anything else as JSON) or the whole reply; nil when there is nothing to compare.
    package func judged(raw: String?, parsed: JSONValue?) -> String? {
        guard let field = use.field else { return raw }
        guard let root = parsed, let value = FieldPath.value(at: field, in: root), value != .null else { return nil }
        return JudgePlan.text(value)
    }

    /// The judge's request with `first` shown as answer A and `second` as answer B. Its case id
    /// (`<id>/baseline-first` or `<id>/candidate-first` under `subject`) names the order, so a
    /// replayed judge holds one line per order.
    package func request(
        first: String, second: String, testCase: TestCase, subject: String, order: PairwiseOrder
    ) -> Result<CompletionRequest, JudgeProblem> {
        var vars = testCase.vars
        vars["answer_a"] = .string(first)
        vars["answer_b"] = .string(second)
        let expected = use.field.map { field in testCase.expected.flatMap { FieldPath.value(at: field, in: $0) } }
        vars["expected"] = .string((expected ?? testCase.expected).map(JudgePlan.text) ?? "")
        return JudgeRequest.make(
            prompt: prompt, provider: provider, vars: vars, judgeVariables: PairwiseVerdict.variables,
            verdictSchema: PairwiseVerdict.outputSchema, caseID: "\(subject)/\(testCase.id)/\(order.rawValue)",
            repeatIndex: 0)
    }
}

/// Which version's answer a pairwise judge was shown first (as answer A).
public enum PairwiseOrder: String, Sendable, CaseIterable {
    case baselineFirst = "baseline-first"
    case candidateFirst = "candidate-first"
}
