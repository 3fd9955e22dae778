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
        /// The pairwise judge's comparison (`pairwise:` in the test set), asked in both orders.
        public var pairwise: PairwiseComparison?
        /// The gate's exit status: 0 PASS or WARN, 1 FAIL, 3 INCONCLUSIVE.
        public var exitStatus: ExitStatus { decision.verdict.exitStatus }
    }

    /// Compares `candidate` (default: latest) with `baseline` (default: the version before it).
    /// `baselineProject` is where the baseline runs (`--baseline-ref`: the project at that ref).
    public static func run(
        project: Project, prompt: String, baseline: Baseline?, candidate: Int?, baselineProject: Project? = nil,
        hooks: RunHooks = RunHooks()
    ) async throws -> Outcome {
        let (_, cand) = try project.prompts.resolve(PromptReference(name: prompt, version: candidate))
        let chosen = baseline ?? Baseline.previous(of: prompt, candidate: cand, in: project.prompts)
        guard let base = chosen.version else {
            throw nothingToCompare(prompt: prompt, version: cand, reason: chosen.reason)
        }
        _ = try (baselineProject ?? project).prompts.resolve(PromptReference(name: prompt, version: base))
        let policy = try VersionJudgement.policy(project: project, prompt: prompt, version: cand)
        let compared = try await VersionJudgement.compare(
            project: project, prompt: prompt, baseline: base, candidate: cand, policy: policy, reason: chosen.reason,
            baselineProject: baselineProject, hooks: hooks)
        return Outcome(
            diff: compared.diff, decision: compared.decision, baseline: chosen, reportURL: compared.reportURL,
            pairwise: compared.pairwise)
    }

    /// The bad input of comparing `prompt@v<version>`, which has no baseline (a first version).
    public static func nothingToCompare(prompt: String, version: Int, reason: String) -> InputError {
        InputError(
            .error(
                "prompts/\(prompt)/v\(version).md",
                "\(reason); there is nothing to compare v\(version) with: name a baseline, or run `promptgate gate \(prompt)@v\(version)` to judge it on the absolute rules"
            ))
    }
}
