/// Runs one judge over answers: renders its prompt with the judged text, calls it through the
/// pipeline (cache, retries, the run's budget and limits) and reads its `{verdict, reason}`.
struct JudgeRunner: Sendable {
    let plan: JudgePlan
    let calls: CallLoop
    let cache: ResponseCache
    let pricing: [String: ModelPrice]

    /// The judge's verdict on `output` for `testCase`. Judge calls and cache entries are added to
    /// `result` (phase `judge`); throws when the run stops before the judge could answer.
    func judge(
        _ output: String, parsed: ParsedOutput, testCase: TestCase, subject: String, into result: inout CaseResult
    ) async throws(CaseRunner.Unfinished) -> Judgement {
        var judgement = Judgement(
            judge: plan.prompt.reference, target: plan.use.target, scale: plan.scale, threshold: plan.threshold,
            verdict: nil, reason: "")
        let request: CompletionRequest
        switch plan.request(
            for: output, parsed: parsed, testCase: testCase, subject: subject, repeatIndex: result.repeatIndex)
        {
        case .success(let made): request = made
        case .failure(let problem):
            judgement.problem = problem.message
            return judgement
        }
        let response: CompletionResponse
        switch await calls.judgeReply(
            to: request, fallback: plan.prompt.settings.fallback, firstNumber: result.attempts.count + 1, cache: cache)
        {
        case .cached(let hit): response = hit
        case .asked(let outcome, let cacheWrite):
            result.attempts += outcome.attempts
            judgement.calls = outcome.attempts.count
            if let stop = outcome.stop {
                throw CaseRunner.Unfinished(
                    caseID: result.caseID, repeatIndex: result.repeatIndex, stop: stop, attempts: result.attempts)
            }
            guard let answer = outcome.response else {
                judgement.problem = "the judge could not answer: \(outcome.error.map { "\($0)" } ?? "no answer")"
                return judgement
            }
            response = answer
            if let cacheWrite { result.cacheWrites.append(cacheWrite) }
        }
        result.judgeReplies.append(
            JudgeReply(
                judge: plan.prompt.reference,
                recording: Recording(
                    caseID: request.caseID, repeatIndex: request.repeatIndex,
                    requestHash: RunRecorder.replayHash(request), response: response)))
        judgement.usage = response.usage
        judgement.costUSD = pricing.cost(of: response)
        read(response.text, into: &judgement)
        return judgement
    }

    /// Reads `{"verdict": …, "reason": "…"}` from the judge's reply.
    private func read(_ text: String, into judgement: inout Judgement) {
        let parsed = OutputParser.parse(text)
        guard case .object(let o)? = parsed.value else {
            judgement.problem = "the judge's reply is not a JSON object {verdict, reason}"
            return
        }
        guard let verdict = plan.scale.value(of: o["verdict"]) else {
            let expected = plan.scale == .passFail ? "\"pass\" or \"fail\"" : "a whole number from 1 to 5"
            judgement.problem =
                "the judge's `verdict` must be \(expected); got \(o["verdict"].map(JSONWriter.canonical) ?? "none")"
            return
        }
        judgement.verdict = verdict
        judgement.reason = o["reason"]?.stringValue ?? ""
    }
}
