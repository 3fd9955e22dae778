import Foundation

/// `promptgate compare <prompt>@vA <prompt>@vB`: aligns two versions' runs by case id, lists
/// regressions, fixes and the rest, and judges the candidate under the gate policy: the console,
/// the report and the exit code give the same verdict. Runs a side that is not stored yet (or
/// whose inputs changed).
public enum CompareCommand {
    public struct Outcome: Sendable {
        public let diff: RunDiff
        /// The gate policy's verdict: shown in the report and on the console, and the exit code.
        public let decision: GateDecision
        /// The version compared with and why it was chosen.
        public let baseline: Baseline
        public let reportURL: URL
        /// The gate's exit status: 0 PASS or WARN, 1 FAIL, 3 INCONCLUSIVE.
        public var exitStatus: ExitStatus { decision.verdict.exitStatus }
    }

    /// Compares `candidate` (default: latest) with `baseline` (default: the version before it).
    /// `baselineProject` is where the baseline runs (`--baseline-ref`: the project at that ref).
    public static func run(project: Project, prompt: String, baseline: Baseline?, candidate: Int?, baselineProject: Project? = nil,
                           hooks: RunHooks = RunHooks()) async throws -> Outcome {
        let (_, cand) = try project.prompts.resolve(PromptReference(name: prompt, version: candidate))
        let chosen = baseline ?? Baseline.previous(of: prompt, candidate: cand, in: project.prompts)
        guard let base = chosen.version else {
            throw InputError(.error("prompts/\(prompt)/v\(cand).md", "\(chosen.reason); there is nothing to compare v\(cand) with: name a baseline, or run `promptgate gate \(prompt)@v\(cand)` to judge it on the absolute rules"))
        }
        _ = try (baselineProject ?? project).prompts.resolve(PromptReference(name: prompt, version: base))
        let policy = try project.prompts.load(prompt, version: cand).settings.gate?.applied(to: project.config.gate) ?? project.config.gate
        let compared = try await compare(project: project, prompt: prompt, baseline: base, candidate: cand, policy: policy, reason: chosen.reason,
                                   baselineProject: baselineProject, hooks: hooks)
        return Outcome(diff: compared.diff, decision: compared.decision, baseline: chosen, reportURL: compared.reportURL)
    }

    /// A finished comparison: the diff, the gate's decision, the report and where it was written.
    struct Compared {
        let diff: RunDiff
        let decision: GateDecision
        let report: DiffReport
        let reportURL: URL
    }

    /// Runs what is missing, diffs, gates and writes `reports/<prompt>/v<B>-vs-v<A>.md`. The
    /// baseline is run in `baselineProject` when given (`ci`: the project at the base ref).
    static func compare(project: Project, prompt: String, baseline: Int, candidate: Int, policy: GatePolicy,
                        reason: String, baselineProject: Project? = nil, hooks: RunHooks) async throws -> Compared {
        guard baseline != candidate || baselineProject != nil else {
            throw InputError(.error("prompts/\(prompt)/v\(candidate).md", "the baseline and the candidate are both v\(candidate); name two different versions"))
        }
        let (store, runs) = try await ensureRuns(prompt: prompt, sides: [(baselineProject ?? project, baseline), (project, candidate)], hooks: hooks)
        let diff = RunDiff(snapshots: try store.snapshots(runs[0], runs[1]), criticalRule: policy.criticalRegressionRule)
        var decision = Gate.evaluate(diff, policy: policy, pricing: project.config.pricing,
                                     execPipeline: project.config.providers[diff.candidate.run.provider]?.kind == .exec)
        let calibrations = JudgeCalibrations.load(for: [diff.candidate], project: project, store: store)
        if let rule = JudgeAgreementRule.evaluate(judges: JudgeCalibrations.judges(in: diff.candidate), calibrations: calibrations, policy: policy) {
            decision = decision.adding(rule)
        }
        let trend = try ReportHistory.points(prompt: prompt, store: store, loaded: [diff.baseline, diff.candidate], upTo: candidate)
        let report = DiffReport(diff: diff, decision: decision, baselineReason: reason, trend: trend, deadLetters: try store.deadLetterCount(runID: runs[1]))
        let url = ReportWriter.diffReportURL(config: project.config, prompt: prompt, baseline: baseline, candidate: candidate)
        try ReportWriter.write(report.markdown(), to: url, inside: project.config.reportsURL)
        return Compared(diff: diff, decision: decision, report: report, reportURL: url)
    }

    /// The ids of completed runs of these versions (each in its project, all in the candidate
    /// project's database) with their current inputs, running the ones not stored yet. Every side
    /// is validated first (prompt, test set, rendering, recordings, provider), so bad input on any
    /// side stops the command before anything is run or written.
    static func ensureRuns(prompt: String, sides requested: [(Project, Int)], hooks: RunHooks) async throws -> (ResultStore, [Int64]) {
        guard let home = requested.last?.0 else { throw StoreError.notFound("no version to run") }
        var plans: [(Project, RunPlan)] = []
        for (project, version) in requested { plans.append((project, try project.plan(prompt, version: version))) }
        // Look for stored runs only in an existing database: opening one creates it.
        let existing = FileManager.default.fileExists(atPath: home.config.databaseURL.path) ? try home.openStore() : nil
        var sides: [Side] = []
        for (project, plan) in plans {
            // The newest run of these inputs: the version may also hold runs of other inputs (the
            // same version at the base ref, gated by `ci` after a config change).
            let runs = try existing?.completedRuns(prompt: prompt, version: plan.prompt.version) ?? []
            if let run = runs.first(where: { RunInputs.match($0, plan, pricing: project.config.pricing) }), let id = run.id {
                sides.append(.stored(id))
            } else {
                sides.append(.toRun(project, plan, try ProviderFactory.make(for: plan, config: project.config), stale: !runs.isEmpty))
            }
        }
        let store = try existing ?? home.openStore()
        var ids: [Int64] = []
        for side in sides {
            switch side {
            case .stored(let id):
                ids.append(id)
            case .toRun(let project, let plan, let provider, let stale):
                let why = stale ? "the stored run was made from other inputs (prompt, test set, provider settings or prices)" : "no stored run"
                hooks.log?("running \(plan.prompt.reference) (\(why)): \(plan.calls.count) calls via \(plan.provider.name)")
                var options = RunCommand.Options(reference: PromptReference(name: prompt, version: plan.prompt.version))
                options.log = hooks.log
                options.progress = hooks.progress
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
        case toRun(Project, RunPlan, any Provider, stale: Bool)
    }
}
