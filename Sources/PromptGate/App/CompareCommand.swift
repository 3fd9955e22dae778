import Foundation

/// `promptgate compare <prompt>@vA <prompt>@vB`: aligns two versions' runs by case id and lists
/// regressions, fixes and the rest. Runs a side that is not stored yet (or whose files changed).
public enum CompareCommand {
    public struct Outcome: Sendable {
        public let diff: RunDiff
        /// What the gate policy would say (shown in the report; `compare`'s exit code is about regressions).
        public let decision: GateDecision
        public let reportURL: URL
        /// 1 when any case regressed, else 0.
        public var exitStatus: ExitStatus { diff.regressions.isEmpty ? .ok : .gateFailed }
    }

    /// Compares `candidate` (default: latest) with `baseline` (default: the version before it).
    public static func run(project: Project, prompt: String, baseline: Int?, candidate: Int?) async throws -> Outcome {
        let (_, cand) = try project.prompts.resolve(PromptReference(name: prompt, version: candidate))
        let base: Int
        if let baseline {
            base = try project.prompts.resolve(PromptReference(name: prompt, version: baseline)).version
        } else {
            guard let previous = project.prompts.previous(of: prompt, before: cand) else {
                throw InputError(.error("prompts/\(prompt)/v\(cand).md", "v\(cand) is the first version of `\(prompt)`: there is nothing to compare it with; name two versions explicitly"))
            }
            base = previous
        }
        let store = try project.openStore()
        let baseRun = try await ensureRun(project: project, store: store, prompt: prompt, version: base)
        let candRun = try await ensureRun(project: project, store: store, prompt: prompt, version: cand)
        let diff = RunDiff(baseline: try store.snapshot(runID: baseRun), candidate: try store.snapshot(runID: candRun))
        let url = ReportWriter.diffReportURL(config: project.config, prompt: prompt, baseline: base, candidate: cand)
        let policy = try project.prompts.load(prompt, version: cand).settings.gate?.applied(to: project.config.gate) ?? project.config.gate
        let decision = Gate.evaluate(diff, policy: policy)
        let trend = try ReportHistory.points(prompt: prompt, store: store)
        try ReportWriter.write(DiffReport(diff: diff, decision: decision, trend: trend).markdown(), to: url)
        return Outcome(diff: diff, decision: decision, reportURL: url)
    }

    /// The id of a completed run of this exact prompt version and test set, running it if needed.
    static func ensureRun(project: Project, store: ResultStore, prompt: String, version: Int) async throws -> Int64 {
        let plan = try project.plan(prompt, version: version)
        if let run = try store.latestCompletedRun(prompt: prompt, version: version),
           run.promptHash == plan.prompt.contentHash, run.testsetHash == plan.testSet.contentHash, let id = run.id {
            return id
        }
        let provider = try ProviderFactory.make(for: plan, config: project.config)
        let outcome = try await RunCommand.execute(plan, provider: provider, store: store, project: project, options: RunCommand.Options(reference: PromptReference(name: prompt, version: version)))
        guard let id = outcome.run.id else { throw StoreError.notFound("the run of \(prompt)@v\(version) was not stored") }
        return id
    }
}
