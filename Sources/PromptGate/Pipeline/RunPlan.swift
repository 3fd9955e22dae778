/// One request the run will make: a case and a repeat. The case is parsed and the request rendered
/// when the call runs rather than kept, so a plan of 10,000 cases holds neither 10,000 parsed
/// cases nor 10,000 rendered prompts; only the request's hash, from the planner's one rendering,
/// which keys the cache and the recordings without rendering again.
public struct PlannedCall: Sendable {
    public let repeatIndex: Int
    let cases: CaseList
    let casePosition: Int
    let form: RequestForm
    /// `CompletionRequest.requestHash` of the rendered request (shared by a case's repeats).
    public let requestHash: String

    /// The case's id (without parsing the case).
    public var caseID: String { cases.id(at: casePosition) }

    /// The case, parsed.
    public var testCase: TestCase { cases[casePosition] }

    /// The rendered request.
    public var request: CompletionRequest { form.request(for: testCase, repeatIndex: repeatIndex) }
}

/// What every request of a plan shares: the prompt's message templates, its model settings and
/// the output schema sent with structured output.
final class RequestForm: Sendable {
    let prompt: PromptFile
    let outputSchema: JSONValue?

    init(prompt: PromptFile, outputSchema: JSONValue?) {
        self.prompt = prompt
        self.outputSchema = outputSchema
    }

    /// The messages for `testCase`, or the first variable it does not provide.
    func messages(for testCase: TestCase) throws(MissingVariableError) -> [ChatMessage] {
        var messages: [ChatMessage] = []
        for message in prompt.messages {
            messages.append(ChatMessage(role: message.role, content: try message.template.render(testCase.vars)))
        }
        return messages
    }

    /// The request for a planned case. The planner rendered every planned case once and dropped
    /// the plan on any missing variable, so rendering cannot fail here; if it ever did, the slot
    /// would render empty rather than stop the run.
    func request(for testCase: TestCase, repeatIndex: Int) -> CompletionRequest {
        let messages = (try? messages(for: testCase)) ?? prompt.messages.map { ChatMessage(role: $0.role, content: "") }
        return request(messages: messages, caseID: testCase.id, repeatIndex: repeatIndex)
    }

    /// The request carrying already rendered `messages`.
    func request(messages: [ChatMessage], caseID: String, repeatIndex: Int) -> CompletionRequest {
        let settings = prompt.settings
        return CompletionRequest(
            model: settings.model, messages: messages, temperature: settings.temperature,
            maxTokens: settings.maxTokens, output: settings.output, outputSchema: outputSchema,
            caseID: caseID, repeatIndex: repeatIndex, stream: settings.stream ?? true)
    }
}

/// Everything a run needs, decided and validated before the first call: the prompt, the test set,
/// the provider, and every rendered request.
public struct RunPlan: Sendable {
    public let prompt: PromptFile
    public let testSet: TestSet
    public let provider: ProviderConfig
    public let repeats: Int
    public let calls: [PlannedCall]
    /// Non-fatal problems found while rendering (unused variables).
    public let warnings: [Diagnostic]
    /// The judges the test set names, run on every answer.
    public var judges: [JudgePlan] = []

    /// The same plan without the calls whose case and repeat are in `done`.
    public func excluding(_ done: Set<CaseKey>) -> RunPlan {
        RunPlan(
            prompt: prompt, testSet: testSet, provider: provider, repeats: repeats,
            calls: calls.filter { !done.contains(CaseKey(caseID: $0.caseID, repeatIndex: $0.repeatIndex)) },
            warnings: warnings, judges: judges)
    }
}

/// Renders every case of a test set through a prompt version, strictly: any missing variable is an
/// error naming the prompt file, the line, the variable and the case id.
public enum RunPlanner {
    /// At most this many rendering errors are listed; the rest are counted.
    static let maxListedErrors = 20
    /// The most calls one run may plan (cases × repeats); a larger run is refused before anything is built.
    public static let maxPlannedCalls = 1_000_000

    /// Refuses repeat counts and plan sizes over the caps, before anything is built.
    public static func checkSize(cases: Int, repeats: Int, prompt: PromptFile) throws(InputError) {
        guard (1...ProjectConfig.maxRepeats).contains(repeats) else {
            throw InputError(
                .error(
                    prompt.path,
                    "\(repeats) repeats is outside the allowed range 1 to \(ProjectConfig.maxRepeats); lower `repeats` (front matter, promptgate.yaml or --repeats)"
                ))
        }
        let (calls, overflow) = cases.multipliedReportingOverflow(by: repeats)
        guard !overflow, calls <= maxPlannedCalls else {
            throw InputError(
                .error(
                    prompt.path,
                    "\(cases) cases × \(repeats) repeats is more than \(maxPlannedCalls) planned calls; lower the repeats or split the test set"
                ))
        }
    }

    public static func plan(
        prompt: PromptFile, testSet: TestSet, provider: ProviderConfig, repeats: Int
    ) throws(InputError) -> RunPlan {
        try checkSize(cases: testSet.cases.count, repeats: repeats, prompt: prompt)
        let form = RequestForm(
            prompt: prompt, outputSchema: outputSchema(prompt: prompt, testSet: testSet, provider: provider))
        let (warnings, hashes) = try checkRendering(prompt: prompt, testSet: testSet, hashingWith: form)
        var calls: [PlannedCall] = []
        calls.reserveCapacity(testSet.cases.count * repeats)
        for (position, hash) in zip(testSet.cases.indices, hashes) {
            for r in 0..<repeats {
                calls.append(
                    PlannedCall(
                        repeatIndex: r, cases: testSet.cases, casePosition: position, form: form, requestHash: hash))
            }
        }
        return RunPlan(
            prompt: prompt, testSet: testSet, provider: provider, repeats: repeats, calls: calls, warnings: warnings)
    }

    /// The schema travels with the request only when the provider constrains output with it.
    static func outputSchema(prompt: PromptFile, testSet: TestSet, provider: ProviderConfig) -> JSONValue? {
        provider.structuredOutput == .jsonSchema && prompt.settings.output == .json ? testSet.schema : nil
    }

    /// Renders every case once: throws the rendering errors (missing variables, missing
    /// `expected`), returns the warnings (unused variables) and, with a `form`, each case's
    /// request hash from that same rendering (the cache and the recordings are keyed by it).
    /// Holds one case at a time.
    static func checkRendering(
        prompt: PromptFile, testSet: TestSet,
        hashingWith form: RequestForm? = nil
    ) throws(InputError) -> (warnings: [Diagnostic], hashes: [String]) {
        var hashes: [String] = []
        var errors: [Diagnostic] = []
        var unused: [String: [String]] = [:]
        let used = prompt.variables
        for testCase in testSet.cases {
            if prompt.settings.output == .json && testCase.expected == nil {
                errors.append(
                    .error(
                        "\(testSet.path)/cases.jsonl", line: testCase.line, caseID: testCase.id,
                        "missing `expected`: a prompt with `output: json` compares against it"))
            }
            for name in testCase.vars.keys.sorted() where !used.contains(name) {
                unused[name, default: []].append(testCase.id)
            }
            // Rendered once to check every slot and hash the request; the text is rendered again
            // only when the call runs.
            var messages: [ChatMessage] = []
            for message in prompt.messages {
                do {
                    messages.append(
                        ChatMessage(role: message.role, content: try message.template.render(testCase.vars)))
                } catch {
                    let available = testCase.vars.keys.sorted().joined(separator: ", ")
                    errors.append(
                        .error(
                            prompt.path, line: error.line, caseID: testCase.id,
                            "variable `\(error.name)` is not provided by the case (its vars: \(available.isEmpty ? "none" : available)); add it to the case's `vars` or remove `{{\(error.name)}}` from the prompt"
                        ))
                }
            }
            if let form {
                hashes.append(form.request(messages: messages, caseID: testCase.id, repeatIndex: 0).requestHash)
            }
        }
        if !errors.isEmpty {
            var listed = Array(errors.prefix(maxListedErrors))
            if errors.count > maxListedErrors {
                listed.append(.error(prompt.path, "… and \(errors.count - maxListedErrors) more rendering errors"))
            }
            throw InputError(listed)
        }
        let warnings = unused.keys.sorted().map { name -> Diagnostic in
            let ids = unused[name] ?? []
            let sample = ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? ", …" : "")
            return .warning(
                prompt.path,
                "case variable `\(name)` is never used by the prompt (\(ids.count) case\(ids.count == 1 ? "" : "s"): \(sample))"
            )
        }
        return (warnings, hashes)
    }
}
