/// What a run would do, computed without calling anything: planned calls, cache hits, estimated
/// tokens (characters / 4) and cost (input estimate plus the full `max_tokens` allowance, so the
/// cost is an upper bound).
public struct DryRunEstimate: Sendable, Equatable {
    public var reference: String
    public var provider: String
    public var model: String
    public var plannedCalls: Int
    public var cacheHits: Int
    /// Input tokens of the calls that would be made (characters / 4).
    public var estimatedInputTokens: Int
    /// Output tokens allowed to those calls (max_tokens each).
    public var maxOutputTokens: Int
    /// Upper-bound cost in USD; nil when the model has no price under `pricing:`.
    public var estimatedCostUSD: Double?
    /// With `--batch`: the same calls at the batch rate.
    public var batch: Batch?

    /// What `--dry-run --batch` adds: the cost at the model's batch rate.
    public struct Batch: Sendable, Equatable {
        public var costUSD: Double
    }

    /// Calls that would reach the provider.
    public var callsToMake: Int { plannedCalls - cacheHits }

    /// Estimates `plan`, treating the requests whose keys are in `cachedKeys` as free.
    public static func make(plan: RunPlan, pricing: [String: ModelPrice], cachedKeys: Set<String>) -> DryRunEstimate {
        var hits = 0, input = 0, output = 0
        // Repeats of a case send the same text: each case is rendered once, not once per repeat.
        var inputPerCase: [Int: Int] = [:]
        for call in plan.calls {
            if !cachedKeys.isEmpty, cachedKeys.contains(ResponseCacheKey.of(call.request, provider: plan.provider)) {
                hits += 1
                continue
            }
            if inputPerCase[call.casePosition] == nil {
                inputPerCase[call.casePosition] = call.request.messages.reduce(0) { $0 + $1.content.count } / 4
            }
            input += inputPerCase[call.casePosition] ?? 0
            output += plan.prompt.settings.maxTokens
        }
        let model = plan.prompt.settings.model
        return DryRunEstimate(
            reference: plan.prompt.reference, provider: plan.provider.name, model: model, plannedCalls: plan.calls.count, cacheHits: hits,
            estimatedInputTokens: input, maxOutputTokens: output, estimatedCostUSD: pricing[model]?.cost(inputTokens: input, outputTokens: output))
    }
}
