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
        let (store, runs) = try await ensureRuns(project: project, prompt: prompt, versions: [base, cand])
        let (baseRun, candRun) = (runs[0], runs[1])
        let diff = RunDiff(snapshots: try store.snapshots(baseRun, candRun))
        let url = ReportWriter.diffReportURL(config: project.config, prompt: prompt, baseline: base, candidate: cand)
        let policy = try project.prompts.load(prompt, version: cand).settings.gate?.applied(to: project.config.gate) ?? project.config.gate
        let decision = Gate.evaluate(diff, policy: policy)
        let trend = try ReportHistory.points(prompt: prompt, store: store, loaded: [diff.baseline, diff.candidate])
        try ReportWriter.write(DiffReport(diff: diff, decision: decision, trend: trend, deadLetters: try store.deadLetterCount(runID: candRun)).markdown(), to: url, inside: project.config.reportsURL)
        return Outcome(diff: diff, decision: decision, reportURL: url)
    }

    /// The ids of completed runs of these versions (with their current test set), running the ones not
    /// stored yet. Both sides are validated first (prompt, test set, rendering, recordings), so bad
    /// input on either side stops the command before anything is run or written.
    static func ensureRuns(project: Project, prompt: String, versions: [Int]) async throws -> (ResultStore, [Int64]) {
        var plans: [RunPlan] = []
        for version in versions { plans.append(try project.plan(prompt, version: version)) }
        // Look for stored runs only in an existing database: opening one creates it.
        let existing = FileManager.default.fileExists(atPath: project.config.databaseURL.path) ? try project.openStore() : nil
        var sides: [Side] = []
        for plan in plans {
            let run = try existing?.latestCompletedRun(prompt: prompt, version: plan.prompt.version)
            if let run, run.promptHash == plan.prompt.contentHash, run.testsetHash == plan.testSet.contentHash, let id = run.id {
                sides.append(.stored(id))
            } else {
                sides.append(.toRun(plan, try ProviderFactory.make(for: plan, config: project.config)))
            }
        }
        let store = try existing ?? project.openStore()
        var ids: [Int64] = []
        for side in sides {
            switch side {
            case .stored(let id):
                ids.append(id)
            case .toRun(let plan, let provider):
                let options = RunCommand.Options(reference: PromptReference(name: prompt, version: plan.prompt.version))
                let outcome = try await RunCommand.execute(plan, provider: provider, store: store, project: project, options: options)
                guard let id = outcome.run.id else { throw StoreError.notFound("the run of \(plan.prompt.reference) was not stored") }
                ids.append(id)
            }
        }
        return (store, ids)
    }

    /// One side of a comparison: already stored, or validated and ready to run.
    private enum Side {
        case stored(Int64)
        case toRun(RunPlan, any Provider)
    }
}
