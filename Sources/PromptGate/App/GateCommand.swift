import Foundation

/// `promptgate gate <prompt>@vN`: judges vN under the gate policy against a baseline (by default
/// the version before it; `--baseline`, `--baseline-ref` or `ci` pick another), running whichever
/// side is not stored yet, and writes the report. A version without a baseline is held to the
/// absolute rules.
public enum GateCommand {
    public struct Outcome: Sendable {
        public let prompt: String
        public let candidate: Int
        /// The version gated against and why it was chosen.
        public let baseline: Baseline
        /// The case-by-case comparison; nil for a version without a baseline.
        public let diff: RunDiff?
        public let decision: GateDecision
        public let reportURL: URL
        /// The report cut to fit a PR comment, pointing to the full file.
        public let summary: String

        public var verdict: GateVerdict { decision.verdict }
        public var exitStatus: ExitStatus { verdict.exitStatus }
    }

    /// Gates `reference` (default: the latest version) against `baseline` (default: the version before it).
    /// `baselineProject` is where the baseline runs (`ci`: the project at the base ref).
    public static func run(
        project: Project, reference: PromptReference, baseline: Baseline? = nil, baselineProject: Project? = nil,
        summaryLimit: Int = DiffReport.commentLimit, hooks: RunHooks = RunHooks()
    ) async throws -> Outcome {
        let (name, version) = try project.prompts.resolve(reference)
        let chosen = baseline ?? Baseline.previous(of: name, candidate: version, in: project.prompts)
        let judged = try await VersionJudgement.judge(
            project: project, prompt: name, candidate: version, baseline: chosen,
            baselineProject: baselineProject, hooks: hooks)
        return Outcome(
            prompt: name, candidate: version, baseline: chosen, diff: judged.diff, decision: judged.decision,
            reportURL: judged.reportURL, summary: judged.summary(summaryLimit))
    }
}
