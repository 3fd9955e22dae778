/// Takes one case and repeat through the pipeline: call (with retries and fallback), parse,
/// score. Returns the finished result, or throws `RunStop` when the run stops first.
struct CaseRunner: Sendable {
    let calls: CallLoop
    let scorers: ScorerSet
    let pricing: [String: ModelPrice]
    let fallback: String?
    let templates: [Template]
    let cache: ResponseCache

    /// A case that could not finish: its attempts so far and why the run stopped.
    struct Unfinished: Error {
        let caseID: String
        let repeatIndex: Int
        let stop: RunStop
        let attempts: [Attempt]
    }

    func run(_ call: PlannedCall) async throws(Unfinished) -> CaseResult {
        let requestJSON = JSONWriter.canonical(call.request.contentJSON)
        var result = CaseResult(caseID: call.testCase.id, repeatIndex: call.request.repeatIndex, tags: call.testCase.tags, requestHash: ContentHash.of(requestJSON))
        result.requestJSON = requestJSON
        let key = cache.key(call.request)
        if let hit = cache.lookup(key) {
            result.cacheHit = true
            result.attemptCount = 0
            result.fallbackUsed = hit.fallbackUsed
            return score(hit.response, for: call, into: result, costs: false)
        }
        let outcome = await calls.call(call.request, fallback: fallback, phase: .primary, firstNumber: 1)
        if let stop = outcome.stop { throw Unfinished(caseID: result.caseID, repeatIndex: result.repeatIndex, stop: stop, attempts: outcome.attempts) }
        result.attempts = outcome.attempts
        result.attemptCount = max(1, outcome.attempts.count)
        result.fallbackUsed = outcome.fallbackUsed
        guard let response = outcome.response else {
            result.error = outcome.error ?? ProviderError(.invalidResponse, "no answer")
            return result
        }
        if let entry = cache.entry(key, response, fallbackUsed: outcome.fallbackUsed) { result.cacheWrites.append(entry) }
        return score(response, for: call, into: result, costs: true)
    }

    /// Parses and scores a response; a cached answer (`costs` false) cost nothing this run.
    func score(_ response: CompletionResponse, for call: PlannedCall, into base: CaseResult, costs: Bool) -> CaseResult {
        var result = base
        result.response = response
        let price = pricing[response.model]?.cost(inputTokens: response.usage.inputTokens, outputTokens: response.usage.outputTokens) ?? 0
        result.costUSD = costs ? price : 0
        let parsed = call.request.output == .json ? OutputParser.parse(response.text) : ParsedOutput(value: nil, mode: .text)
        result.parsed = parsed
        let output = ModelOutput(text: response.text, parsed: parsed, stopReason: response.stopReason, request: call.request, templates: templates)
        result.evaluation = scorers.evaluate(output, for: call.testCase)
        return result
    }
}
