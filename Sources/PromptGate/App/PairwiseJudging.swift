import Foundation

/// Asks a pairwise judge about every case both versions answered, in both orders (baseline shown
/// first, then candidate shown first), through the pipeline's call loop, governor and response
/// cache; fresh answers are cached, so comparing again does not ask again.
enum PairwiseJudging {
    /// The comparison of the first repeat's answers of `baselineRun` and `candidateRun`. `subject`
    /// prefixes the requests' case ids (`extract-ticket@v2-vs-v3`), which a replayed judge's
    /// recordings name.
    static func compare(
        project: Project, plan: PairwisePlan, testSet: TestSet, store: ResultStore,
        runs: (baseline: Int64, candidate: Int64), subject: String, alpha: Double, hooks: RunHooks
    ) async throws -> PairwiseComparison {
        let baseline = try store.firstAnswers(runID: runs.baseline)
        let candidate = try store.firstAnswers(runID: runs.candidate)
        var requests: [(caseID: String, order: PairwiseOrder, request: CompletionRequest)] = []
        var skipped: [(caseID: String, why: String)] = []
        var identical: Set<String> = []
        for testCase in testSet.cases {
            guard let base = baseline[testCase.id], let cand = candidate[testCase.id] else { continue }
            guard let baseText = plan.judged(raw: base.raw, parsed: base.parsed),
                let candText = plan.judged(raw: cand.raw, parsed: cand.parsed)
            else {
                skipped.append((testCase.id, "an answer has no `\(plan.use.target)` to compare"))
                continue
            }
            // The same text on both sides is a tie: no judge can prefer it to itself but by position.
            if baseText == candText {
                identical.insert(testCase.id)
                continue
            }
            for order in PairwiseOrder.allCases {
                let (first, second) = order == .baselineFirst ? (baseText, candText) : (candText, baseText)
                switch plan.request(first: first, second: second, testCase: testCase, subject: subject, order: order) {
                case .success(let request): requests.append((testCase.id, order, request))
                case .failure(let problem):
                    throw InputError(.error(plan.prompt.path, caseID: testCase.id, problem.message))
                }
            }
        }
        let governor = CallGovernor(
            limits: hooks.budget?.limits ?? BudgetLimits(), breaker: project.config.breaker,
            concurrency: project.config.concurrency, requestsPerMinute: plan.provider.requestsPerMinute,
            tokensPerMinute: plan.provider.tokensPerMinute, log: hooks.log)
        if let spent = hooks.budget?.spent {
            await governor.charge(calls: spent.calls, tokens: spent.tokens, costUSD: spent.costUSD)
        }
        hooks.interruption?.onInterrupt { reason in Task { await governor.stop(reason) } }
        let runner = try runner(plan: plan, project: project, store: store, governor: governor, log: hooks.log)
        if !requests.isEmpty {
            hooks.log?(
                "asking pairwise judge \(plan.prompt.reference) about \(requests.count / 2) cases in both orders (\(requests.count) questions)"
            )
        }
        let answers = await withTaskGroup(of: (Int, PairwiseAnswer).self) { group in
            for (index, item) in requests.enumerated() {
                group.addTask { (index, await runner.ask(item.request)) }
            }
            var answers = [PairwiseAnswer?](repeating: nil, count: requests.count)
            for await (index, answer) in group { answers[index] = answer }
            return answers
        }
        hooks.budget?.record(total: await governor.spent)
        try store.saveCachedResponses(answers.compactMap { $0?.cacheWrite })
        try hooks.checkInterruption(during: "asking pairwise judge \(plan.prompt.reference)")
        var byCase: [String: [PairwiseOrder: PairwiseAnswer]] = [:]
        for (index, item) in requests.enumerated() {
            byCase[item.caseID, default: [:]][item.order] = answers[index] ?? PairwiseAnswer(problem: "not asked")
        }
        let cases = testSet.cases.compactMap { testCase -> PairwiseCase? in
            if identical.contains(testCase.id) {
                let tie = PairwiseAnswer(verdict: .tie, reason: "identical answers: a tie, not asked")
                return PairwiseCase(caseID: testCase.id, baselineFirst: tie, candidateFirst: tie, identical: true)
            }
            guard let pair = byCase[testCase.id], let first = pair[.baselineFirst], let second = pair[.candidateFirst]
            else { return nil }
            return PairwiseCase(caseID: testCase.id, baselineFirst: first, candidateFirst: second)
        }
        return PairwiseComparison(
            judge: plan.prompt.reference, target: plan.use.target, cases: cases, skipped: skipped, alpha: alpha)
    }

    /// The judge's runner: its provider (a replayed judge reads its recordings), the project's
    /// retry policy, the governor (concurrency, breaker, the command's caps), and the response
    /// cache (not for replayed judges).
    private static func runner(
        plan: PairwisePlan, project: Project, store: ResultStore, governor: CallGovernor, log: RunLog?
    ) throws(InputError) -> PairwiseRunner {
        let config = project.config
        let recordings = RecordingFile.url(
            config: config, testset: plan.prompt.settings.testset, prompt: plan.prompt.name,
            version: plan.prompt.version)
        let provider = try ProviderFactory.make(
            judge: plan.provider, recordings: recordings, reference: plan.prompt.reference, config: config,
            concurrency: config.concurrency)
        let cache =
            plan.provider.capabilities.cacheable
            ? ResponseCache.open(store, provider: plan.provider, reads: true) : ResponseCache.disabled(plan.provider)
        return PairwiseRunner(
            plan: plan,
            calls: CallLoop(
                provider: provider, policy: config.retry, governor: governor, pricing: config.pricing, log: log),
            cache: cache, pricing: config.pricing)
    }
}
