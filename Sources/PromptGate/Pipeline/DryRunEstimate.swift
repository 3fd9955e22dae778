/// What a run would do, computed without calling anything: planned calls, cache hits, estimated
/// tokens (characters / 4) and cost (input estimate plus the full `max_tokens` allowance, so the
/// cost is an upper bound). Computed per case, never per call, so its size does not grow with
/// the repeats.
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
    /// Why `run` would refuse this plan (over the repeat or plan-size cap); nil when it would run.
    public var refusal: String?
    /// The judges the test set names: what grading the answers would add, apart from the answers'.
    public var judges: [JudgeEstimate] = []

    /// One judge's share of a run, as an upper bound: a call per answer (cached verdicts make
    /// fewer), each reading the rendered judge prompt and an answer of at most the judged prompt's
    /// `max_tokens`, and answering with up to the judge's own `max_tokens`.
    public struct JudgeEstimate: Sendable, Equatable {
        public var judge: String
        public var provider: String
        public var model: String
        public var calls: Int
        public var inputTokens: Int
        public var maxOutputTokens: Int
        /// Upper-bound cost; nil when the judge's model has no price.
        public var costUSD: Double?

        /// Sums per-case judge input tokens (`caseInputTokens`, each read `repeats` times); nil on overflow.
        public static func make(
            judge: PromptFile, provider: String, repeats: Int, caseInputTokens: [Int], pricing: [String: ModelPrice]
        ) -> JudgeEstimate? {
            var input = 0
            for tokens in caseInputTokens {
                let (total, o1) = tokens.multipliedReportingOverflow(by: repeats)
                let (sum, o2) = input.addingReportingOverflow(total)
                guard !o1, !o2 else { return nil }
                input = sum
            }
            let (calls, o3) = caseInputTokens.count.multipliedReportingOverflow(by: repeats)
            guard !o3 else { return nil }
            let (output, o4) = calls.multipliedReportingOverflow(by: judge.settings.maxTokens)
            guard !o4 else { return nil }
            return JudgeEstimate(
                judge: judge.reference, provider: provider, model: judge.settings.model, calls: calls,
                inputTokens: input, maxOutputTokens: output,
                costUSD: pricing[judge.settings.model]?.cost(inputTokens: input, outputTokens: output))
        }
    }

    /// Calls that would reach the provider.
    public var callsToMake: Int { plannedCalls - cacheHits }

    /// One case of the estimate: its rendered input tokens and how many of its repeats are cached.
    public struct CaseCount: Sendable {
        public var inputTokens: Int
        public var cacheHits: Int
    }

    /// Sums `cases` (each repeated `repeats` times), or nil when a total does not fit in an `Int`.
    public static func make(
        reference: String, provider: String, settings: PromptSettings, repeats: Int, cases: [CaseCount],
        pricing: [String: ModelPrice]
    ) -> DryRunEstimate? {
        var planned = 0, hits = 0, input = 0
        for count in cases {
            let uncached = repeats - count.cacheHits
            let (caseInput, o1) = count.inputTokens.multipliedReportingOverflow(by: uncached)
            let (newInput, o2) = input.addingReportingOverflow(caseInput)
            let (newPlanned, o3) = planned.addingReportingOverflow(repeats)
            guard !o1, !o2, !o3 else { return nil }
            input = newInput
            planned = newPlanned
            hits += count.cacheHits
        }
        let (output, overflow) = (planned - hits).multipliedReportingOverflow(by: settings.maxTokens)
        guard !overflow else { return nil }
        return DryRunEstimate(
            reference: reference, provider: provider, model: settings.model, plannedCalls: planned, cacheHits: hits,
            estimatedInputTokens: input, maxOutputTokens: output,
            estimatedCostUSD: pricing[settings.model]?.cost(inputTokens: input, outputTokens: output))
    }
}
