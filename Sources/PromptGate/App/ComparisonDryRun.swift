import Foundation

/// What `compare --dry-run` and `gate --dry-run` would do, with nothing called or stored: the
/// baseline chosen, and for each side the stored run it would use or what running it would plan
/// and cost (`RunCommand.dryRun`), so a team can see what a gate costs before it pays.
public struct ComparisonDryRun: Sendable {
    /// One side: a stored run to use, or the run that would be made.
    public struct Side: Sendable {
        /// `name@vN`.
        public let reference: String
        /// The stored run that would be used; nil when the side would run.
        public let storedRun: Int64?
        /// Why the side would run; nil when a stored run would be used.
        public let why: String?
        /// What running the side would plan and cost; nil when a stored run would be used.
        public let estimate: DryRunEstimate?
    }

    /// The prompt and the candidate version.
    public let prompt: String
    public let candidate: Int
    /// The version compared with and why (its version is nil for a first version: judged alone).
    public let baseline: Baseline
    /// The baseline's side (when there is one), then the candidate's.
    public let sides: [Side]
    /// The pairwise judge the test set names, asked up to twice per case the versions answer
    /// differently (apart from the estimates above); nil when it names none.
    public let pairwiseJudge: String?

    /// The dry run of judging `prompt@v<candidate>` against `baseline` (default: the version
    /// before it); `baselineProject` is where the baseline runs (`--baseline-ref`).
    public static func make(
        project: Project, prompt: String, candidate: Int?, baseline: Baseline?, baselineProject: Project? = nil
    ) throws -> ComparisonDryRun {
        let (name, version) = try project.prompts.resolve(PromptReference(name: prompt, version: candidate))
        let chosen = baseline ?? Baseline.previous(of: name, candidate: version, in: project.prompts)
        let policy = try VersionJudgement.policy(project: project, prompt: name, version: version)
        var requested: [(Project, Int)] = [(project, version)]
        if let base = chosen.version { requested.insert((baselineProject ?? project, base), at: 0) }
        let existing =
            FileManager.default.fileExists(atPath: project.config.databaseURL.path)
            ? try project.openStoreForReading() : nil
        let found = try StoredRuns.find(prompt: name, sides: requested, policy: policy, existing: existing)
        let sides = try found.map { side throws -> Side in
            let reference = side.plan.prompt.reference
            guard side.storedRun == nil else {
                return Side(reference: reference, storedRun: side.storedRun, why: nil, estimate: nil)
            }
            let options = RunCommand.Options(reference: PromptReference(name: name, version: side.plan.prompt.version))
            return Side(
                reference: reference, storedRun: nil, why: side.why,
                estimate: try RunCommand.dryRun(project: side.project, options: options))
        }
        let materials = try project.runMaterials(name, version: version)
        let judge = try project.pairwiseJudge(for: materials.testSet, judging: materials.prompt)
        return ComparisonDryRun(
            prompt: name, candidate: version, baseline: chosen, sides: sides,
            pairwiseJudge: chosen.version == nil ? nil : judge?.prompt.reference)
    }
}
