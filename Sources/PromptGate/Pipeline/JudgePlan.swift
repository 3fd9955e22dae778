/// A judge ready to run inside a run: its use in the test set, its prompt version and its
/// provider. Judges run through the same pipeline as the prompt they judge.
public struct JudgePlan: Sendable {
    public let use: JudgeUse
    public let prompt: PromptFile
    public let provider: ProviderConfig

    public init(use: JudgeUse, prompt: PromptFile, provider: ProviderConfig) {
        self.use = use
        self.prompt = prompt
        self.provider = provider
    }

    /// How the judge answers (a judge prompt always has `verdict:`).
    public var scale: JudgeScale { prompt.settings.verdict ?? .passFail }

    /// The lowest passing verdict: 1 (pass) for a pass/fail judge, else the test set's threshold.
    public var threshold: Int { scale == .passFail ? 1 : (use.threshold ?? JudgeScale.defaultThreshold) }

    /// The variables a judge prompt may use besides the case's own.
    public static let variables: Set<String> = ["output", "expected"]

    /// The judge's request for an answer, or why there is nothing to judge (the field is missing,
    /// a variable is not provided). Its case id names the judged prompt version and the case
    /// (`extract-ticket@v3/t001`), so one recordings file holds the verdicts on every version.
    package func request(
        for output: String, parsed: ParsedOutput, testCase: TestCase, subject: String, repeatIndex: Int
    ) -> Result<CompletionRequest, JudgeProblem> {
        var vars = testCase.vars
        if let field = use.field {
            guard let root = parsed.value, let value = FieldPath.value(at: field, in: root), value != .null else {
                return .failure(JudgeProblem("the answer has no `\(field)` to judge"))
            }
            vars["output"] = .string(Self.text(value))
            vars["expected"] = .string(
                testCase.expected.flatMap { FieldPath.value(at: field, in: $0) }.map(Self.text) ?? "")
        } else {
            vars["output"] = .string(output)
            vars["expected"] = .string(testCase.expected.map(Self.text) ?? "")
        }
        return JudgeRequest.make(
            prompt: prompt, provider: provider, vars: vars, judgeVariables: Self.variables,
            verdictSchema: scale.outputSchema, caseID: "\(subject)/\(testCase.id)", repeatIndex: repeatIndex)
    }

    /// Input tokens (characters / 4) of this judge's request on an answer of `answerMaxTokens` to
    /// `testCase`: its prompt rendered with the case, plus the answer at its longest.
    package func estimatedInputTokens(for testCase: TestCase, answerMaxTokens: Int) -> Int {
        var vars = testCase.vars
        vars["output"] = ""
        let expected = use.field.map { field in testCase.expected.flatMap { FieldPath.value(at: field, in: $0) } }
        vars["expected"] = .string((expected ?? testCase.expected).map(Self.text) ?? "")
        let characters = prompt.messages.reduce(0) { $0 + ((try? $1.template.render(vars))?.count ?? 0) }
        return characters / 4 + answerMaxTokens
    }

    /// The text a judge reads for a JSON value: a string as it is, anything else as JSON.
    package static func text(_ value: JSONValue) -> String {
        if case .string(let s) = value { return s }
        return JSONWriter.canonical(value)
    }
}

/// A judge bound to what runs it: its provider and its response cache.
public struct JudgeBinding: Sendable {
    public let plan: JudgePlan
    public let provider: any Provider
    public let cache: ResponseCache

    public init(plan: JudgePlan, provider: any Provider, cache: ResponseCache) {
        self.plan = plan
        self.provider = provider
        self.cache = cache
    }
}

/// Why an answer could not be judged.
package struct JudgeProblem: Error {
    package let message: String
    init(_ message: String) { self.message = message }
}

extension JudgePlan {
    /// The requests this judge makes on the recorded answers of a replayed `plan`, in the plan's
    /// order (answers with nothing to judge make none): what its own recordings must answer.
    package func requests(judging plan: RunPlan, recordings: RecordingIndex) -> [CompletionRequest] {
        var requests: [CompletionRequest] = []
        for call in plan.calls {
            let key = CaseKey(caseID: call.caseID, repeatIndex: call.repeatIndex)
            guard let recording = try? recordings.recording(for: key) else { continue }
            let text = recording.response.text
            let parsed =
                plan.prompt.settings.output == .json ? OutputParser.parse(text) : ParsedOutput(value: nil, mode: .text)
            if case .success(let request) = request(
                for: text, parsed: parsed, testCase: call.testCase, subject: plan.prompt.reference,
                repeatIndex: call.repeatIndex)
            {
                requests.append(request)
            }
        }
        return requests
    }
}
