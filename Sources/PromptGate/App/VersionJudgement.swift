import Foundation

/// The one diff-gate-report routine `compare`, `gate` and `ci` share: the candidate's gate
/// policy, its runs (running what is missing), the diff against the baseline or the version
/// alone, the gate's decision, and the report written.
enum VersionJudgement {
    /// A finished judgement: the diff (nil for a version alone), the decision and the report.
    struct Judged {
        let diff: RunDiff?
        let decision: GateDecision
        let reportURL: URL
        /// The report, cut to `limit` characters with a pointer to the full file when longer.
        let summary: (_ limit: Int) -> String
    }

    /// The gate policy of `prompt@vN`: its front matter's `gate:` applied over the project's.
    static func policy(project: Project, prompt: String, version: Int) throws -> GatePolicy {
        try project.prompts.load(prompt, version: version).settings.gate?.applied(to: project.config.gate)
            ?? project.config.gate
    }

    /// Judges `prompt@v<candidate>` against `baseline` (alone when it names no version); the
    /// baseline runs in `baselineProject` when given (`ci`: the project at the base ref).
    static func judge(
        project: Project, prompt: String, candidate: Int, baseline: Baseline, baselineProject: Project? = nil,
        hooks: RunHooks
    ) async throws -> Judged {
        let policy = try policy(project: project, prompt: prompt, version: candidate)
        guard let base = baseline.version else {
            return try await alone(
                project: project, prompt: prompt, version: candidate, baseline: baseline, policy: policy, hooks: hooks)
        }
        let compared = try await compare(
            project: project, prompt: prompt, baseline: base, candidate: candidate, policy: policy,
            reason: baseline.reason, baselineProject: baselineProject, hooks: hooks)
        let report = compared.report, full = project.config.display(compared.reportURL)
        return Judged(
            diff: compared.diff, decision: compared.decision, reportURL: compared.reportURL,
            summary: { report.markdown(limit: $0, fullReport: full) })
    }

    /// A finished comparison: the diff, the gate's decision, the report and where it was written.
    struct Compared {
        let diff: RunDiff
        let decision: GateDecision
        let report: DiffReport
        let reportURL: URL
        /// The pairwise judge's comparison, when the test set names one.
        var pairwise: PairwiseComparison? { report.pairwise }
    }

    /// Runs what is missing, diffs, gates and writes `reports/<prompt>/v<B>-vs-v<A>.md`.
    static func compare(
        project: Project, prompt: String, baseline: Int, candidate: Int, policy: GatePolicy,
        reason: String, baselineProject: Project? = nil, hooks: RunHooks
    ) async throws -> Compared {
        guard baseline != candidate || baselineProject != nil else {
            throw InputError(
                .error(
                    "prompts/\(prompt)/v\(candidate).md",
                    "the baseline and the candidate are both v\(candidate); name two different versions"))
        }
        // A bad pairwise judge is bad input: found before anything runs.
        let materials = try project.runMaterials(prompt, version: candidate)
        let pairwisePlan = try project.pairwiseJudge(for: materials.testSet, judging: materials.prompt)
        let (store, runs) = try await StoredRuns.ensure(
            prompt: prompt, sides: [(baselineProject ?? project, baseline), (project, candidate)], policy: policy,
            hooks: hooks)
        let snapshots = try store.snapshots(runs[0], runs[1])
        let execPipeline = project.isExecPipeline(snapshots.1.run.provider)
        let diff = RunDiff(judging: snapshots, policy: policy, execPipeline: execPipeline)
        var decision = Gate.evaluate(
            diff, policy: pairwisePlan == nil ? policy : PairwiseRule.remainder(of: policy),
            pricing: project.config.pricing, execPipeline: execPipeline)
        var pairwise: PairwiseComparison?
        if let pairwisePlan {
            let compared = try await PairwiseJudging.compare(
                project: project, plan: pairwisePlan, testSet: materials.testSet, store: store,
                runs: (runs[0], runs[1]), subject: "\(prompt)@v\(baseline)-vs-v\(candidate)",
                alpha: policy.alpha * PairwiseRule.alphaShare, hooks: hooks)
            decision = decision.adding(PairwiseRule.evaluate(compared, policy: policy))
            pairwise = compared
        }
        let calibrations = JudgeCalibrations.load(for: [diff.candidate], project: project, store: store)
        if let rule = JudgeAgreementRule.evaluate(
            judges: JudgeCalibrations.judges(in: diff.candidate), calibrations: calibrations, policy: policy)
        {
            decision = decision.adding(rule)
        }
        let trend = try ReportHistory.points(
            prompt: prompt, store: store, loaded: [diff.baseline, diff.candidate], upTo: candidate)
        var report = DiffReport(
            diff: diff, decision: decision, baselineReason: reason, trend: trend,
            deadLetters: try store.deadLetterCount(runID: runs[1]))
        report.pairwise = pairwise
        let url = ReportWriter.diffReportURL(
            config: project.config, prompt: prompt, baseline: baseline, candidate: candidate)
        try ReportWriter.write(report.markdown(), to: url, inside: project.config.reportsURL)
        return Compared(diff: diff, decision: decision, report: report, reportURL: url)
    }

    /// A version without a baseline, held to the absolute rules; writes its alone report.
    private static func alone(
        project: Project, prompt: String, version: Int, baseline: Baseline, policy: GatePolicy,
        hooks: RunHooks
    ) async throws -> Judged {
        let (store, runs) = try await StoredRuns.ensure(
            prompt: prompt, sides: [(project, version)], policy: policy, hooks: hooks)
        let snapshot = try store.snapshot(runID: runs[0])
        let decision = Gate.evaluate(
            alone: snapshot, policy: policy, execPipeline: project.isExecPipeline(snapshot.run.provider))
        let report = AloneReport(
            snapshot: snapshot, decision: decision, noBaselineReason: baseline.reason,
            runReport: project.config.display(
                ReportWriter.runReportURL(config: project.config, prompt: prompt, version: version)))
        let url = ReportWriter.aloneReportURL(config: project.config, prompt: prompt, version: version)
        let markdown = report.markdown()
        try ReportWriter.write(markdown, to: url, inside: project.config.reportsURL)
        return Judged(diff: nil, decision: decision, reportURL: url, summary: { _ in markdown })
    }
}
