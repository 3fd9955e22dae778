/// Takes one case and repeat through the pipeline's stages: render, cache, call (retries,
/// fallback), parse, and validate with re-asks while the answer is not usable JSON; scoring is a
/// separate step (`evaluate`) so the executor can start the next call before it scores.
struct CaseRunner: Sendable {
    let stages: PipelineStages
    let pricing: [String: ModelPrice]
    let fallback: String?
    let templates: [Template]
    /// Answers of a provider batch (`run --batch`) for first requests; none by default.
    var batch: BatchAnswers = .none
    /// The test set's judges, run on every answer.
    var judges: [JudgeRunner] = []
    /// The judged prompt version (`name@vN`), naming judge requests.
    var subject = ""

    /// A case that could not finish: its attempts so far and why the run stopped.
    struct Unfinished: Error {
        let caseID: String
        let repeatIndex: Int
        let stop: RunStop
        let attempts: [Attempt]
    }

    /// Everything but scoring; throws when the run stops before the case could finish.
    func answer(_ call: PlannedCall) async throws(Unfinished) -> AnsweredCase {
        let rendered = stages.render.render(call)
        var request = rendered.request
        var result = CaseResult(
            caseID: rendered.testCase.id, repeatIndex: call.repeatIndex, tags: rendered.testCase.tags,
            requestHash: rendered.hash)
        result.requestJSON = rendered.json
        guard
            var response = try await obtain(
                request, hash: rendered.hash, fallback: fallback, phase: .primary, into: &result)
        else {
            result.attemptCount = result.attempts.count
            return AnsweredCase(result: result, testCase: rendered.testCase, request: rendered.request)
        }
        result.firstResponse = response
        var parsed = stages.parse.parse(response, as: request.output)
        let validator = stages.validate
        var asked = 0
        var violations: [SchemaViolation]?
        while request.output == .json {
            // Each answer is validated once; the `schema` scorer reuses the violations.
            let validation = validator.validate(parsed)
            violations = validation.violations
            guard let problem = validation.problem else { break }
            if response.stopReason.isRefusal {
                guard validator.reaskRefusals else { break }
                if result.refusedFirst == nil { result.refusedFirst = response.stopReason }
            }
            guard asked < validator.reasks, response.stopReason != .length else {
                let why =
                    response.stopReason == .length
                    ? "\(problem); the reply was cut off at max_tokens, so it was not re-asked" : problem
                result.deadLetter = DeadLetter(
                    reason: "after \(asked) re-ask\(asked == 1 ? "" : "s") the answer is still unusable: \(why)",
                    rawOutput: response.text, attempts: result.attempts.count, reasks: asked)
                break
            }
            asked += 1
            request = validator.reask(request, previous: response.text, problem: problem)
            request.model = response.model
            var failure: ProviderError?
            guard
                let next = try await obtain(
                    request, hash: request.requestHash, fallback: nil, phase: .reask, into: &result, failure: &failure)
            else {
                result.deadLetter = DeadLetter(
                    reason:
                        "the re-ask failed (\(failure.map { "\($0)" } ?? "no answer")); the last answer is unusable: \(problem)",
                    rawOutput: response.text, attempts: result.attempts.count, reasks: asked)
                break
            }
            response = next
            parsed = stages.parse.parse(response, as: request.output)
        }
        result.response = response
        result.parsed = parsed
        result.attemptCount = result.attempts.count
        result.cacheHit = result.attempts.isEmpty
        for judge in judges {
            result.judgements.append(
                try await judge.judge(
                    response.text, parsed: parsed, testCase: rendered.testCase, subject: subject, into: &result))
        }
        return AnsweredCase(
            result: result, testCase: rendered.testCase, request: rendered.request, schemaViolations: violations)
    }

    /// Scores an answered case (a case without an answer stays an error) within `deadline`'s time
    /// limit; a case whose scoring overruns is failed with a scorer error.
    func evaluate(_ answered: AnsweredCase, deadline: ScoringDeadline) async -> CaseResult {
        var result = answered.result
        guard let response = result.response, let parsed = result.parsed else { return result }
        var output = ModelOutput(
            text: response.text, parsed: parsed, stopReason: response.stopReason, request: answered.request,
            templates: templates)
        output.refusedFirst = result.refusedFirst
        output.schemaViolations = answered.schemaViolations
        output.judgements = result.judgements
        let scorers = stages.score, scored = output, testCase = answered.testCase
        result.evaluation = await deadline.run { scorers.evaluate(scored, for: testCase) } ?? deadline.timedOut()
        return result
    }

    /// One answer for `request`: from the cache, or from the provider (attempts, cost and cache
    /// entries added to `result`). A primary failure makes the case an error.
    private func obtain(
        _ request: CompletionRequest, hash: String, fallback: String?, phase: CallPhase, into result: inout CaseResult
    ) async throws(Unfinished) -> CompletionResponse? {
        var failure: ProviderError?
        let response = try await obtain(
            request, hash: hash, fallback: fallback, phase: phase, into: &result, failure: &failure)
        if response == nil { result.error = failure ?? ProviderError(.invalidResponse, "no answer") }
        return response
    }

    private func obtain(
        _ request: CompletionRequest, hash: String, fallback: String?, phase: CallPhase, into result: inout CaseResult,
        failure: inout ProviderError?
    ) async throws(Unfinished) -> CompletionResponse? {
        let key = stages.cache.key(requestHash: hash, repeatIndex: request.repeatIndex)
        if let hit = stages.cache.lookup(key) {
            if phase == .primary { result.fallbackUsed = hit.fallbackUsed }
            result.costUSD += pricing.cost(of: hit.response)
            return hit.response
        }
        if phase == .primary, let batched = batch.outcome(caseID: result.caseID, repeatIndex: result.repeatIndex) {
            let attempt = BatchAttempt.make(
                batched, model: request.model, number: result.attempts.count + 1, pricing: pricing)
            result.attempts.append(attempt)
            switch batched {
            case .answered(let response):
                result.costUSD += attempt.costUSD
                if let entry = stages.cache.entry(key, response, fallbackUsed: false) {
                    result.cacheWrites.append(entry)
                }
                return response
            case .failed(let error):
                if batch.failedRequests == .error {
                    failure = error
                    return nil
                }
            }
        }
        let outcome = await stages.call.call(
            request, fallback: fallback, phase: phase, firstNumber: result.attempts.count + 1)
        result.attempts += outcome.attempts
        if let stop = outcome.stop {
            throw Unfinished(
                caseID: result.caseID, repeatIndex: result.repeatIndex, stop: stop, attempts: result.attempts)
        }
        guard let response = outcome.response else {
            failure = outcome.error
            return nil
        }
        if phase == .primary { result.fallbackUsed = outcome.fallbackUsed }
        result.costUSD += pricing.cost(of: response)
        if let entry = stages.cache.entry(key, response, fallbackUsed: outcome.fallbackUsed) {
            result.cacheWrites.append(entry)
        }
        return response
    }
}
