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

        /// 3 when the run did not complete or nothing could be scored; otherwise 0.
        public var exitStatus: ExitStatus {
            if run.status != .completed { return .incomplete }
            if metrics.results > 0 && metrics.errors == metrics.results { return .incomplete }
            return .ok
        }
    }

    public static func run(project: Project, options: Options) async throws -> Outcome {
        let (name, version) = try project.prompts.resolve(options.reference)
        let plan = try project.plan(name, version: version, repeats: options.repeats, provider: options.provider)
        let provider = try ProviderFactory.make(for: plan, config: project.config)
        let store = try project.openStore()
        return try await execute(plan, provider: provider, store: store, project: project, options: options)
    }

    /// Runs a validated plan against a provider and stores it.
    static func execute(_ plan: RunPlan, provider: any Provider, store: ResultStore, project: Project, options: Options) async throws -> Outcome {
        let config = project.config
        let runRecord = RunRecord(
            prompt: plan.prompt.name, version: plan.prompt.version, promptHash: plan.prompt.contentHash,
            testset: plan.testSet.name, testsetHash: plan.testSet.contentHash, provider: plan.provider.name,
            model: plan.prompt.settings.model, repeats: plan.repeats, caseCount: plan.testSet.cases.count,
            configJSON: JSONWriter.canonical(RunConfigSnapshot.json(plan)), status: .running, startedAt: Date())
        // A run of the same inputs that was interrupted (killed, crashed) is finished, not redone:
        // only the cases and repeats it has no result for are called.
        var run: RunRecord
        var plan = plan
        var resumedFrom = 0
        if options.resume, let unfinished = try store.unfinishedRun(like: runRecord), let id = unfinished.id {
            run = unfinished
            let done = try store.storedKeys(runID: id)
            resumedFrom = done.count
            plan = plan.excluding(done)
        } else {
            run = try store.startRun(runRecord)
        }
        guard let runID = run.id else { throw StoreError.writeFailed(path: store.path, reason: "the run got no id") }
        let executor = RunExecutor(
            provider: provider, scorers: ScorerSet(testSet: plan.testSet, output: plan.prompt.settings.output),
            pricing: config.pricing, concurrency: options.concurrency ?? config.concurrency)
        var progress = RunProgress(done: 0, total: plan.calls.count, failed: 0, errors: 0, costUSD: 0, elapsed: 0)
        let started = Date()
        try await executor.execute(plan) { result in
            try store.save(result, runID: runID)
            progress.add(result, elapsed: Date().timeIntervalSince(started))
            options.progress?(progress)
        }
        try store.finishRun(runID, status: .completed)
        run.status = .completed
        let snapshot = try store.snapshot(runID: runID)
        var reportURL: URL?
        if options.writeReport {
            let url = ReportWriter.runReportURL(config: config, prompt: plan.prompt.name, version: plan.prompt.version)
            let trend = try ReportHistory.points(prompt: plan.prompt.name, store: store)
            reportURL = try ReportWriter.write(RunReport(snapshot: snapshot, trend: trend).markdown(), to: url)
        }
        return Outcome(run: snapshot.run, metrics: RunMetrics(snapshot), reportURL: reportURL, warnings: plan.warnings, resumedResults: resumedFrom)
    }
}

/// The settings a run was made with, stored with it (never secrets: only the key's variable name).
enum RunConfigSnapshot {
    static func json(_ plan: RunPlan) -> JSONValue {
        let s = plan.prompt.settings
        var provider: [String: JSONValue] = ["name": .string(plan.provider.name), "type": .string(plan.provider.kind.rawValue)]
        if let base = plan.provider.baseURL { provider["base_url"] = .string(base) }
        return [
            "model": .string(s.model), "temperature": .number(s.temperature), "max_tokens": .number(Double(s.maxTokens)),
            "output": .string(s.output.rawValue), "repeats": .number(Double(plan.repeats)), "provider": .object(provider),
            "fallback": s.fallback.map(JSONValue.string) ?? .null,
        ]
    }
}
