import Foundation

/// Runs the planned calls with bounded concurrency: call (retries, fallback), parse, score, store.
/// Each finished case is handed over at once, so an interrupted or aborted run keeps its work.
public struct RunExecutor: Sendable {
    public let provider: any Provider
    public let scorers: ScorerSet
    public let pricing: [String: ModelPrice]
    public let concurrency: Int
    public let policy: RetryPolicy
    public let governor: CallGovernor
    public let log: RunLog?
    public let cache: ResponseCache?

    public init(provider: any Provider, scorers: ScorerSet, pricing: [String: ModelPrice], concurrency: Int,
                policy: RetryPolicy = RetryPolicy(), governor: CallGovernor = CallGovernor(), cache: ResponseCache? = nil, log: RunLog? = nil) {
        self.cache = cache
        self.provider = provider
        self.scorers = scorers
        self.pricing = pricing
        self.concurrency = max(1, concurrency)
        self.policy = policy
        self.governor = governor
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
        let runner = CaseRunner(
            calls: CallLoop(provider: provider, policy: policy, governor: governor, pricing: pricing, log: log),
            scorers: scorers, pricing: pricing, fallback: plan.prompt.settings.fallback, templates: plan.prompt.messages.map(\.template),
            cache: cache ?? .disabled(plan.provider))
        var summary = Summary()
        try await withThrowingTaskGroup(of: Result<CaseResult, CaseRunner.Unfinished>.self) { group in
            var next = 0
            func launch() {
                guard next < plan.calls.count, summary.stopReason == nil else { return }
                let call = plan.calls[next]
                next += 1
                group.addTask {
                    do throws(CaseRunner.Unfinished) {
                        return .success(try await runner.run(call))
                    } catch {
                        return .failure(error)
                    }
                }
            }
            for _ in 0..<concurrency { launch() }
            while let outcome = try await group.next() {
                switch outcome {
                case .success(let result):
                    try onResult(result)
                case .failure(let unfinished):
                    if !unfinished.attempts.isEmpty {
                        summary.unfinished.append((unfinished.caseID, unfinished.repeatIndex, unfinished.attempts))
                    }
                    if summary.stopReason == nil {
                        summary.stopReason = unfinished.stop.reason
                        log?("stop: \(unfinished.stop.reason); cases already finished are kept")
                    }
                }
                launch()
            }
        }
        return summary
    }
}
