/// Where a judge's reply to one request came from, for rubric and pairwise judges alike: the
/// response cache, or a fresh call through the pipeline's call loop.
enum JudgeAnswerSource {
    case cached(CompletionResponse)
    /// Asked: the call loop's outcome and, when it answered, the cache row to store.
    case asked(CallLoop.Outcome, cacheWrite: CachedResponseRecord?)
}

extension CallLoop {
    /// The cached reply to a judge's `request`, else the outcome of asking (then `fallback`), its
    /// attempts numbered from `firstNumber` in phase `judge`.
    func judgeReply(
        to request: CompletionRequest, fallback: String?, firstNumber: Int, cache: ResponseCache
    ) async -> JudgeAnswerSource {
        let key = cache.key(request)
        if let hit = cache.lookup(key) { return .cached(hit.response) }
        let outcome = await call(request, fallback: fallback, phase: .judge, firstNumber: firstNumber)
        guard outcome.stop == nil, let answer = outcome.response else { return .asked(outcome, cacheWrite: nil) }
        return .asked(outcome, cacheWrite: cache.entry(key, answer, fallbackUsed: outcome.fallbackUsed))
    }
}
