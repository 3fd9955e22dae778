import Foundation

/// `promptgate run <prompt>[@vN]`: runs a prompt version over its test set, stores every result,
/// and writes the run report.
public enum RunCommand {
    /// What to run and how.
    public struct Options: Sendable {
        public var reference: PromptReference
        public var repeats: Int?
        public var provider: String?
        public var concurrency: Int?
        public var writeReport = true
        /// Finish an interrupted run of the same inputs instead of starting a new one.
        public var resume = true
        /// Called after every finished case (serially), e.g. to draw a progress bar.
        public var progress: (@Sendable (RunProgress) -> Void)?
        /// Where API keys are read from (by the variable each provider names); nil: the process environment.
        public var environment: [String: String]?
        /// Receives retry, fallback and stop lines (never keys).
        public var log: RunLog?
        /// Skip cache lookups (`--no-cache`); fresh answers are still cached.
        public var noCache = false
        /// Spending caps (`--max-cost`, `--max-tokens`, `--max-calls`).
        public var budget = BudgetLimits()
        /// What the same command spent before this run, counted toward `budget`: `compare`, `gate`
        /// and `ci` cap everything they run together (`CommandBudget`).
        var spentBefore = BudgetLedger()
        /// Write the answers to the version's recordings file (`--record`; needs a live provider).
        public var record = false
        /// When another process is running the same inputs: wait for it (`--wait`) instead of exit 2.
        public var waitForOtherRun = false
        /// Stops the run from outside (signals); the run is then stored `interrupted`.
        public var interruption: RunInterruption?
        /// Run only this shard's cases (`--shard i/n`); the run records it and writes no report
        /// (a shard is not a whole run: `promptgate merge` combines the shards).
        public var shard: ShardSpec?
        /// Submit the first requests through the provider's batch API (`--batch`), at its batch
        /// price; an interrupted run resumes by polling the stored batch.
        public var batch = false

        public init(reference: PromptReference, repeats: Int? = nil, provider: String? = nil, concurrency: Int? = nil) {
            self.reference = reference
            self.repeats = repeats
            self.provider = provider
            self.concurrency = concurrency
        }
    }

    /// The stored run, its figures and where the report went.
    public struct Outcome: Sendable {
        public let run: RunRecord
        public let metrics: RunMetrics
        public let reportURL: URL?
        public let warnings: [Diagnostic]
        /// Results already stored by an interrupted run that this one finished (0 for a fresh run).
        public var resumedResults = 0
        /// What this run's calls spent (`metrics.costUSD` is what its answers cost, cached or not).
        public var spentUSD = 0.0
        /// What the answers served from the cache cost when they were bought.
        public var cacheSavedUSD = 0.0
        /// Which model answered how many results (the fallback's counted apart).
        public var models = ModelShares.none
        /// What each judge said, with its tokens and cost (apart from the answers').
        public var judges: [JudgeStats] = []
        /// What this run's judge calls spent (not in `spentUSD`).
        public var judgeSpentUSD = 0.0
        /// The recordings file written by `--record`, and how many answers it got.
        public var recording: (url: URL, count: Int)?
        /// The live judges' recordings files written by `--record`, and how many replies each got.
        public var judgeRecordings: [(url: URL, count: Int)] = []
        /// What the command has spent once this run ended: its calls and `Options.spentBefore`.
        var spent = BudgetLedger()

        /// 3 when the run did not complete or nothing could be scored; otherwise 0.
        public var exitStatus: ExitStatus {
            if run.status != .completed { return .incomplete }
            if metrics.results > 0 && metrics.errors == metrics.results { return .incomplete }
            return .ok
        }
    }

    /// What the run would do, without calling anything or writing to the database. Counted per
    /// case (cases × repeats), not built call by call: any repeat count answers at once, and a
    /// plan over the caps is estimated with the reason `run` would refuse it.
    public static func dryRun(project: Project, options: Options) throws -> DryRunEstimate {
        let (name, version) = try project.prompts.resolve(options.reference)
        let inputs = try project.runMaterials(
            name, version: version, repeats: options.repeats, provider: options.provider)
        let prompt = inputs.prompt, repeats = inputs.repeats
        if options.batch && ![.openai, .anthropic].contains(inputs.provider.kind) {
            throw InputError(
                .error(
                    ProjectConfig.fileName,
                    "--batch needs an `openai` or `anthropic` provider (their batch APIs); `\(inputs.provider.name)` is `\(inputs.provider.kind.rawValue)`. Pick one with --provider, or run without --batch"
                ))
        }
        guard repeats >= 1 else {
            throw InputError(
                .error(
                    prompt.path,
                    "\(repeats) repeats is outside the allowed range 1 to \(ProjectConfig.maxRepeats); lower `repeats` (front matter, promptgate.yaml or --repeats)"
                ))
        }
        _ = try RunPlanner.checkRendering(prompt: prompt, testSet: inputs.testSet)
        let cases = inputs.testSet.cases
        var positions = Array(cases.indices)
        if let shard = options.shard {
            let selected = shard.select(cases.ids)
            positions = positions.filter { selected.contains(cases.id(at: $0)) }
        }
        let form = RequestForm(
            prompt: prompt,
            outputSchema: RunPlanner.outputSchema(prompt: prompt, testSet: inputs.testSet, provider: inputs.provider))
        var store: ResultStore?
        if inputs.provider.capabilities.cacheable, !options.noCache,
            FileManager.default.fileExists(atPath: project.config.databaseURL.path)
        {
            store = try project.openStoreForReading()
        }
        var counts: [DryRunEstimate.CaseCount] = []
        counts.reserveCapacity(positions.count)
        for position in positions {
            let request = form.request(for: cases[position], repeatIndex: 0)
            let tokens = request.messages.reduce(0) { $0 + $1.content.count } / 4
            var hits = 0
            if let store {
                // No run makes more than `maxRepeats` repeats, so no cached answer has a higher repeat index.
                let hash = request.requestHash
                let keys = (0..<min(repeats, ProjectConfig.maxRepeats)).map {
                    ResponseCacheKey.of(requestHash: hash, repeatIndex: $0, provider: inputs.provider)
                }
                hits = try store.cachedResponses(keys: keys).count
            }
            counts.append(DryRunEstimate.CaseCount(inputTokens: tokens, cacheHits: hits))
        }
        guard
            var estimate = DryRunEstimate.make(
                reference: prompt.reference, provider: inputs.provider.name, settings: prompt.settings,
                repeats: repeats, cases: counts, pricing: project.config.pricing)
        else {
            throw InputError(
                .error(
                    prompt.path,
                    "\(positions.count) cases × \(repeats) repeats is too large to estimate; lower the repeats"))
        }
        do {
            try RunPlanner.checkSize(cases: cases.count, repeats: repeats, prompt: prompt)
        } catch {
            estimate.refusal = error.diagnostics.first?.message
        }
        estimate.judges = try judgeEstimates(
            inputs, positions: positions, repeats: repeats, project: project)
        if options.batch, let full = estimate.estimatedCostUSD {
            estimate.batch = DryRunEstimate.Batch(
                costUSD: full * (project.config.pricing[prompt.settings.model]?.batchRate ?? 1))
        }
        return estimate
    }

    /// Plans the version, builds its provider (keys and commands checked before any call), runs it
    /// and stores it; input problems throw `InputError` before anything is written.
    public static func run(project: Project, options: Options) async throws -> Outcome {
        let work = Task { try await planAndPerform(project: project, options: options) }
        // After an interruption the calls in flight get `grace` seconds, then they are cancelled.
        options.interruption?.onInterrupt { [grace = options.interruption?.grace ?? 0] _ in
            Task.detached {
                try? await Task.sleep(nanoseconds: UInt64(max(0, min(grace, 600)) * 1e9))
                work.cancel()
            }
        }
        let (performed, store) = try await work.value
        store.releaseMemory()
        MemoryRelease.returnFreePages()
        return try finish(performed, store: store, project: project, options: options)
    }

    /// The plan and the provider (with every recording) live only inside this call: the report
    /// step does not need them, and freeing them first keeps the peak memory of large runs down.
    /// The database is opened only once the inputs are valid.
    private static func planAndPerform(project: Project, options: Options) async throws -> (Performed, ResultStore) {
        let (name, version) = try project.prompts.resolve(options.reference)
        let whole = try project.plan(name, version: version, repeats: options.repeats, provider: options.provider)
        let plan = options.shard.map(whole.sharded) ?? whole
        if options.record && !plan.provider.capabilities.recordable {
            throw InputError(
                .error(
                    ProjectConfig.fileName,
                    "--record needs a live provider (openai, anthropic or exec); `\(plan.provider.name)` replays recordings. Pick one with --provider"
                ))
        }
        let concurrency = options.concurrency ?? project.config.concurrency
        let provider = try ProviderFactory.make(
            for: plan, config: project.config,
            environment: options.environment ?? ProcessInfo.processInfo.environment, concurrency: concurrency)
        let batchAPI =
            options.batch
            ? try BatchAPIFactory.make(
                for: plan.provider, environment: options.environment ?? ProcessInfo.processInfo.environment) : nil
        let store = try project.openStore()
        return (
            try await perform(
                plan, provider: provider, store: store, project: project, options: options, batchAPI: batchAPI), store
        )
    }

    /// Runs a validated plan against a provider and stores it.
    static func execute(
        _ plan: RunPlan, provider: any Provider, store: ResultStore, project: Project, options: Options
    ) async throws -> Outcome {
        let performed = try await perform(plan, provider: provider, store: store, project: project, options: options)
        return try finish(performed, store: store, project: project, options: options)
    }

    /// What a finished execution hands to the report step.
    struct Performed {
        let runID: Int64
        let prompt: String
        let version: Int
        let testset: String
        let resumedResults: Int
        let warnings: [Diagnostic]
        let recorder: RunRecorder?
        /// The governor's ledger at the end: this run's calls and `Options.spentBefore`.
        var spent = BudgetLedger()
    }

    /// Calls, scores and stores every planned case; marks the run completed or aborted.
    static func perform(
        _ plan: RunPlan, provider: any Provider, store: ResultStore, project: Project, options: Options,
        batchAPI: (any BatchAPI)? = nil
    ) async throws -> Performed {
        let config = project.config
        let judges = try judgeBindings(plan, store: store, config: config, options: options)
        let runRecord = RunRecord(
            prompt: plan.prompt.name, version: plan.prompt.version, promptHash: plan.prompt.contentHash,
            testset: plan.testSet.name, testsetHash: plan.testSet.contentHash, provider: plan.provider.name,
            model: plan.prompt.settings.model, repeats: plan.repeats, caseCount: plan.testSet.cases.count,
            configJSON: JSONWriter.canonical(RunConfigSnapshot.json(plan, options: options, pricing: config.pricing)),
            status: .running, startedAt: Date())
        // A run of the same inputs that was interrupted (killed, crashed) is finished, not redone:
        // only the cases and repeats it has no result for are called.
        let run: RunRecord
        var plan = plan
        var resumedFrom = 0
        switch try await RunLeaseWait.claim(runRecord, store: store, project: project, options: options) {
        case .resumed(let unfinished):
            run = unfinished
            let done = try store.storedKeys(runID: unfinished.id ?? 0)
            resumedFrom = done.count
            plan = plan.excluding(done)
        case .fresh(let started), .busy(let started, _):
            run = started
        }
        guard let runID = run.id else { throw StoreError.writeFailed(path: store.path, reason: "the run got no id") }
        let heartbeat = RunLeaseWait.heartbeat(store: store, runID: runID)
        defer { heartbeat.cancel() }
        let concurrency = options.concurrency ?? config.concurrency
        var pipeline = try PipelineFactory.make(
            plan, provider: provider, store: store, runID: runID, judges: judges,
            settings: PipelineFactory.Settings(
                concurrency: concurrency, retry: config.retry, breaker: config.breaker, pricing: config.pricing,
                budget: options.budget,
                readsCache: !options.noCache, log: options.log))
        let before = options.spentBefore
        await pipeline.governor.charge(calls: before.calls, tokens: before.tokens, costUSD: before.costUSD)
        // Why the batch left requests out for the caps; the run then ends `aborted` for it.
        var budgetStop: String?
        if let batchAPI {
            let phase = BatchPhase(
                api: batchAPI, store: store, runID: runID, provider: plan.provider.name, settings: config.batch,
                limits: options.budget, pricing: config.pricing, log: options.log)
            do {
                let answers = try await phase.answers(
                    for: plan.calls, cache: pipeline.executor.cache ?? .disabled(plan.provider))
                pipeline.executor.batchAnswers = answers
                await pipeline.governor.charge(
                    calls: answers.spent.calls, tokens: answers.spent.tokens, costUSD: answers.spent.costUSD)
                if !answers.withheld.isEmpty { plan = plan.excluding(answers.withheld) }
                budgetStop = answers.budgetStop
            } catch {
                let interrupted = options.interruption?.reason ?? (error is CancellationError ? "interrupted" : nil)
                let reason =
                    interrupted.map {
                        "\($0) while waiting for the batch; run the same command again to resume polling it"
                    } ?? "the batch could not complete: \(error)"
                try store.finishRun(runID, status: interrupted != nil ? .interrupted : .aborted, reason: reason)
                return Performed(
                    runID: runID, prompt: plan.prompt.name, version: plan.prompt.version, testset: plan.testSet.name,
                    resumedResults: resumedFrom, warnings: plan.warnings, recorder: nil,
                    spent: await pipeline.governor.spent)
            }
        }
        let governor = pipeline.governor
        options.interruption?.onInterrupt { reason in Task { await governor.stop(reason) } }
        let writer = pipeline.writer
        var recorder = options.record ? RunRecorder(plan: plan) : nil
        var progress = RunProgress(done: 0, total: plan.calls.count, failed: 0, errors: 0, costUSD: 0, elapsed: 0)
        let started = Date()
        var reportedError = false
        let summary = try await pipeline.executor.execute(
            plan,
            onResults: { results in
                await writer.enqueue(results)
                recorder?.add(results)
                for result in results { progress.add(result, elapsed: Date().timeIntervalSince(started)) }
                // The first provider error is said at once, not only counted; the report lists them all.
                if !reportedError, let failed = results.first(where: { $0.error != nil }), let error = failed.error {
                    reportedError = true
                    options.log?("\(plan.prompt.reference): first provider error (case \(failed.caseID)): \(error)")
                }
                options.progress?(progress)
            })
        try await writer.finish()
        for item in summary.unfinished {
            try store.saveAttempts(item.attempts, runID: runID, caseID: item.caseID, repeatIndex: item.repeatIndex)
        }
        let interrupted = options.interruption?.reason
        let status: RunRecord.Status =
            interrupted != nil ? .interrupted : (summary.stopReason ?? budgetStop) == nil ? .completed : .aborted
        try store.finishRun(runID, status: status, reason: interrupted ?? summary.stopReason ?? budgetStop)
        return Performed(
            runID: runID, prompt: plan.prompt.name, version: plan.prompt.version, testset: plan.testSet.name,
            resumedResults: resumedFrom, warnings: plan.warnings, recorder: recorder, spent: await governor.spent)
    }

    /// Writes the report (and recordings, with `--record`) of a performed run and sums it up.
    static func finish(_ done: Performed, store: ResultStore, project: Project, options: Options) throws -> Outcome {
        let config = project.config
        let snapshot = try store.snapshot(runID: done.runID)
        let calls = try store.callFacts(runID: done.runID)
        var reportURL: URL?
        if options.writeReport && options.shard == nil {
            let url = ReportWriter.runReportURL(config: config, prompt: done.prompt, version: done.version)
            let trend = try ReportHistory.points(
                prompt: done.prompt, store: store, loaded: [snapshot], upTo: done.version)
            var report = RunReport(
                snapshot: snapshot, trend: trend, deadLetters: try store.deadLetterCount(runID: done.runID),
                calls: calls)
            report.judgeAgreements = JudgeCalibrations.load(for: [snapshot], project: project, store: store).mapValues(
                \.summary)
            reportURL = try ReportWriter.write(report.markdown(), to: url, inside: config.reportsURL)
        }
        var outcome = Outcome(
            run: snapshot.run, metrics: snapshot.metrics, reportURL: reportURL, warnings: done.warnings,
            resumedResults: done.resumedResults)
        outcome.spentUSD = calls.spentUSD
        outcome.spent = done.spent
        outcome.models = ModelShares(snapshot)
        outcome.judges = JudgeStats.of(snapshot)
        outcome.judgeSpentUSD = calls.judgeSpentUSD
        outcome.cacheSavedUSD = snapshot.results.reduce(0) { $0 + ($1.cacheHit ? $1.costUSD : 0) }
        if let recorder = done.recorder {
            do {
                outcome.recording = (try recorder.write(config: config), recorder.count)
                outcome.judgeRecordings = try recorder.writeJudges(config: config)
            } catch {
                let url = RecordingFile.url(
                    config: config, testset: done.testset, prompt: done.prompt, version: done.version)
                throw StoreError.writeFailed(
                    path: config.display(url), reason: "cannot write the recordings: \(error.localizedDescription)")
            }
        }
        return outcome
    }
}

extension RunCommand {
    /// The plan's judges with their providers (keys and recordings files checked here, before the
    /// run is stored) and response caches (none for replayed judges).
    static func judgeBindings(
        _ plan: RunPlan, store: ResultStore, config: ProjectConfig, options: Options
    ) throws(InputError) -> [JudgeBinding] {
        var bindings: [JudgeBinding] = []
        for judge in plan.judges {
            let provider = try ProviderFactory.make(
                judge: judge, config: config, environment: options.environment ?? ProcessInfo.processInfo.environment,
                concurrency: options.concurrency ?? config.concurrency)
            let cache =
                !judge.provider.capabilities.cacheable
                ? ResponseCache.disabled(judge.provider)
                : ResponseCache.open(store, provider: judge.provider, reads: !options.noCache)
            bindings.append(JudgeBinding(plan: judge, provider: provider, cache: cache))
        }
        return bindings
    }
}

/// The settings a run was made with, stored with it (never secrets: only the key's variable name).
enum RunConfigSnapshot {
    static func json(_ plan: RunPlan, options: RunCommand.Options, pricing: [String: ModelPrice]) -> JSONValue {
        let s = plan.prompt.settings
        var provider: [String: JSONValue] = [
            "name": .string(plan.provider.name), "type": .string(plan.provider.kind.rawValue),
        ]
        if let base = plan.provider.baseURL { provider["base_url"] = .string(base) }
        var json: [String: JSONValue] = [
            "model": .string(s.model), "temperature": .number(s.temperature),
            "max_tokens": .number(Double(s.maxTokens)),
            "output": .string(s.output.rawValue), "repeats": .number(Double(plan.repeats)),
            "provider": .object(provider),
            "fallback": s.fallback.map(JSONValue.string) ?? .null,
            "cache": .bool(!options.noCache),
            RunInputs.key: .string(RunInputs.fingerprint(plan, pricing: pricing)),
            "budget": [
                "max_cost": options.budget.maxCostUSD.map(JSONValue.number) ?? .null,
                "max_tokens": options.budget.maxTokens.map { .number(Double($0)) } ?? .null,
                "max_calls": options.budget.maxCalls.map { .number(Double($0)) } ?? .null,
            ],
        ]
        if let shard = options.shard { json[RunRecord.shardKey] = shard.json }
        if options.batch { json["batch"] = .bool(true) }
        return .object(json)
    }
}
