import Foundation

/// Drives the planned calls through the pipeline's stages (`PipelineStages`: render, cache, call,
/// parse, validate, score) with bounded concurrency. Each finished case is handed over at once,
/// so an interrupted or aborted run keeps its work.
public struct RunExecutor: Sendable {
    public let provider: any Provider
    public let scorers: ScorerSet
    public let pricing: [String: ModelPrice]
    public let concurrency: Int
    public let policy: RetryPolicy
    public let governor: CallGovernor
    public let log: RunLog?
    public let cache: ResponseCache?
    /// Seconds one case's scorers may take before the case is failed with a scorer error.
    public var scoringTimeLimit = ScoringDeadline.defaultLimit
    /// First answers from a provider batch (`run --batch`); the rest of the pipeline is unchanged.
    public var batchAnswers = BatchAnswers.none
    /// The test set's judges with their providers and caches (none: no judge step).
    public var judges: [JudgeBinding] = []

    /// `governor` (default: one that allows `concurrency` calls in flight) decides when each call
    /// may go out; the executor keeps twice that many cases staged so a freed slot is refilled at once.
    public init(
        provider: any Provider, scorers: ScorerSet, pricing: [String: ModelPrice], concurrency: Int,
        policy: RetryPolicy = RetryPolicy(), governor: CallGovernor? = nil, cache: ResponseCache? = nil,
        log: RunLog? = nil
    ) {
        self.cache = cache
        self.provider = provider
        self.scorers = scorers
        self.pricing = pricing
        self.concurrency = max(1, concurrency)
        self.policy = policy
        self.governor = governor ?? CallGovernor(concurrency: max(1, concurrency))
        self.log = log
    }

    /// How a run ended.
    public struct Summary: Sendable {
        /// Why the run stopped early, or nil when every planned call ran.
        public var stopReason: String?
        /// Attempts of cases that did not finish (stored without a result).
        public var unfinished: [(caseID: String, repeatIndex: Int, attempts: [Attempt])] = []
    }

    /// Executes `plan`, calling `onResult` (serially) for each finished case.
    @discardableResult
    public func execute(_ plan: RunPlan, onResult: (CaseResult) throws -> Void) async throws -> Summary {
        try await execute(plan, onResults: { results in for result in results { try onResult(result) } })
    }

    /// Executes `plan`, handing finished cases to `onResults` (serially) in small batches: cases
    /// finishing within a few milliseconds of each other are stored together, a lone case at once.
    @discardableResult
    public func execute(_ plan: RunPlan, onResults: ([CaseResult]) async throws -> Void) async throws -> Summary {
        let stages = PipelineFactory.stages(
            for: plan, provider: provider, scorers: scorers, policy: policy, governor: governor,
            cache: cache, pricing: pricing, log: log)
        var built = CaseRunner(
            stages: stages, pricing: pricing, fallback: plan.prompt.settings.fallback,
            templates: plan.prompt.messages.map(\.template))
        built.batch = batchAnswers
        built.subject = plan.prompt.reference
        built.judges = judges.map { binding in
            JudgeRunner(
                plan: binding.plan,
                calls: CallLoop(
                    provider: binding.provider, policy: policy, governor: governor, pricing: pricing, log: log),
                cache: binding.cache, pricing: pricing)
        }
        let runner = built
        var summary = Summary()
        var batch = ResultBatch()
        let deadline = ScoringDeadline(limit: scoringTimeLimit)
        try await withThrowingTaskGroup(of: CallOutcome.self) { group in
            var next = 0
            func launch() {
                guard next < plan.calls.count, summary.stopReason == nil else { return }
                let position = next
                let call = plan.calls[position]
                next += 1
                group.addTask {
                    do throws(CaseRunner.Unfinished) {
                        return CallOutcome(position: position, result: .finished(try await runner.answer(call)))
                    } catch {
                        return CallOutcome(position: position, result: .unfinished(error))
                    }
                }
            }
            for _ in 0..<(2 * concurrency) { launch() }
            while let outcome = try await group.next() {
                switch outcome.result {
                case .finished(let answered):
                    launch()
                    let result = await runner.evaluate(answered, deadline: deadline)
                    if let ready = batch.add(result) { try await onResults(ready) }
                case .unfinished(let unfinished):
                    if !unfinished.attempts.isEmpty {
                        summary.unfinished.append((unfinished.caseID, unfinished.repeatIndex, unfinished.attempts))
                    }
                    if summary.stopReason == nil {
                        summary.stopReason = unfinished.stop.reason
                        log?("stop: \(unfinished.stop.reason); cases already finished are kept")
                    }
                    launch()
                }
            }
        }
        try await onResults(batch.drain())
        return summary
    }
}

/// Finished cases waiting to be stored: flushed when 32 have gathered or 20 ms have passed since
/// the last flush, so bursts share a transaction; a held case is stored, at the latest, when the
/// next case finishes or the run ends.
struct ResultBatch {
    static let maxCount = 32
    static let maxDelay = 0.02
    private var pending: [CaseResult] = []
    private var lastFlush = 0.0

    /// Adds a result; returns the batch to store now, if any.
    mutating func add(_ result: CaseResult) -> [CaseResult]? {
        pending.append(result)
        let now = monotonicNow()
        guard pending.count >= Self.maxCount || now - lastFlush >= Self.maxDelay else { return nil }
        lastFlush = now
        return drain()
    }

    /// Everything pending.
    mutating func drain() -> [CaseResult] {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }
}

/// What a call's task hands back: the planned call's position and the finished case, or why the
/// run stopped before it finished. A concrete type on purpose: with a tuple holding a generic
/// `Result<CaseResult, CaseRunner.Unfinished>` as the task group's element, release builds (Swift
/// 6.3, Linux) read garbage from the finished task once `PlannedCall` changed layout, while debug
/// builds and AddressSanitizer were clean; `swift test -c release` covers this path.
struct CallOutcome: Sendable {
    enum Result: Sendable {
        case finished(AnsweredCase)
        case unfinished(CaseRunner.Unfinished)
    }

    let position: Int
    let result: Result
}
