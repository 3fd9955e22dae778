/// Builds a run's pipeline from a validated plan: the stages with the provider's capabilities
/// applied once (no cache, no re-ask where the provider cannot take them), the governor every
/// call goes through, and the writer that stores finished cases.
enum PipelineFactory {
    /// What the caller decides about a run beyond its plan.
    struct Settings: Sendable {
        var concurrency: Int
        var retry: RetryPolicy
        var breaker: BreakerSettings
        var pricing: [String: ModelPrice]
        var budget: BudgetLimits
        /// Read the response cache (`--no-cache` turns reads off; fresh answers are still written).
        var readsCache: Bool
        var log: RunLog?
    }

    /// The executor and writer of one run, storing into `store` under `runID`.
    static func make(
        _ plan: RunPlan, provider: any Provider, store: ResultStore, runID: Int64, judges: [JudgeBinding] = [],
        settings: Settings
    ) throws(StoreError) -> RunPipeline {
        let cache =
            plan.provider.capabilities.cacheable
            ? try ResponseCache.open(store, plan: plan, reads: settings.readsCache) : .disabled(plan.provider)
        let governor = CallGovernor(
            limits: settings.budget, breaker: settings.breaker, concurrency: settings.concurrency,
            requestsPerMinute: plan.provider.requestsPerMinute, tokensPerMinute: plan.provider.tokensPerMinute,
            log: settings.log)
        var executor = RunExecutor(
            provider: provider, scorers: ScorerSet(testSet: plan.testSet, output: plan.prompt.settings.output),
            pricing: settings.pricing, concurrency: settings.concurrency, policy: settings.retry,
            governor: governor, cache: cache, log: settings.log)
        executor.judges = judges
        let writer = ResultWriter(
            sink: { results in try await store.saveAsync(results, runID: runID) },
            onFailure: { error in await governor.stop("cannot store results: \(error)") })
        return RunPipeline(executor: executor, writer: writer)
    }

    /// The per-case stages of `plan` for an executor's parts. A provider that cannot answer a
    /// re-ask (a replay: its recordings answer only the requests they were made for) gets none.
    static func stages(
        for plan: RunPlan, provider: any Provider, scorers: ScorerSet, policy: RetryPolicy, governor: CallGovernor,
        cache: ResponseCache?, pricing: [String: ModelPrice], log: RunLog?
    ) -> PipelineStages {
        let capabilities = plan.provider.capabilities
        return PipelineStages(
            cache: cache ?? .disabled(plan.provider),
            call: CallLoop(provider: provider, policy: policy, governor: governor, pricing: pricing, log: log),
            validate: OutputValidator(
                schema: plan.testSet.validator, reasks: capabilities.canReask ? policy.reasks : 0,
                reaskRefusals: policy.reaskRefusals),
            score: scorers)
    }
}

/// A run's assembled pipeline: the executor that takes every planned call through the stages,
/// and the writer that stores what finishes.
struct RunPipeline: Sendable {
    var executor: RunExecutor
    let writer: any WriteStage

    /// Decides when each call may go out; the run's interruption stops it.
    var governor: CallGovernor { executor.governor }
}
