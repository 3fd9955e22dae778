/// Asks a pairwise judge one question through the pipeline's machinery (response cache, retries
/// and fallback, the governor's limits and breaker) and reads its `{winner, reason}`.
struct PairwiseRunner: Sendable {
    let plan: PairwisePlan
    let calls: CallLoop
    let cache: ResponseCache
    let pricing: [String: ModelPrice]

    /// The judge's answer to `request`; a call that failed or a reply that is not
    /// `{winner, reason}` gives an answer without a verdict and says why.
    func ask(_ request: CompletionRequest) async -> PairwiseAnswer {
        var answer = PairwiseAnswer()
        let response: CompletionResponse
        switch await calls.judgeReply(
            to: request, fallback: plan.prompt.settings.fallback, firstNumber: 1, cache: cache)
        {
        case .cached(let hit): response = hit
        case .asked(let outcome, let cacheWrite):
            answer.calls = outcome.attempts.count
            answer.costUSD = outcome.attempts.reduce(0) { $0 + $1.costUSD }
            if let stop = outcome.stop {
                answer.problem = "the judge was not asked: \(stop.reason)"
                return answer
            }
            guard let made = outcome.response else {
                answer.problem = "the judge could not answer: \(outcome.error.map { "\($0)" } ?? "no answer")"
                return answer
            }
            response = made
            answer.cacheWrite = cacheWrite
        }
        answer.usage = response.usage
        if answer.calls == 0 { answer.cachedCostUSD = pricing.cost(of: response) }
        guard case .object(let o)? = OutputParser.parse(response.text).value else {
            answer.problem = "the judge's reply is not a JSON object {winner, reason}"
            return answer
        }
        guard let verdict = PairwiseVerdict(winner: o["winner"]) else {
            answer.problem =
                "the judge's `winner` must be \"A\", \"B\" or \"tie\"; got \(o["winner"].map(JSONWriter.canonical) ?? "none")"
            return answer
        }
        answer.verdict = verdict
        answer.reason = o["reason"]?.stringValue ?? ""
        return answer
    }
}

/// One pairwise judge answer: the verdict (nil when there is none, with `problem` saying why), its
/// reason, what it cost, and the cache row to store for a fresh answer.
public struct PairwiseAnswer: Sendable {
    public var verdict: PairwiseVerdict?
    public var reason = ""
    public var problem: String?
    public var usage = TokenUsage(inputTokens: 0, outputTokens: 0)
    /// Calls made for this answer (0 when it came from the cache).
    public var calls = 0
    /// What the calls cost (failed attempts included).
    public var costUSD = 0.0
    /// What a cached answer cost when it was first asked (not spent again).
    public var cachedCostUSD = 0.0
    var cacheWrite: CachedResponseRecord?

    public init(
        verdict: PairwiseVerdict? = nil, reason: String = "", problem: String? = nil
    ) {
        self.verdict = verdict
        self.reason = reason
        self.problem = problem
    }
}
