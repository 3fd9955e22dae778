import Foundation

/// `promptgate gate <prompt>@vN`: compares vN with its previous version under the gate policy,
/// running whichever side is not stored yet, and writes the diff report.
public enum GateCommand {
    public struct Outcome: Sendable {
        public let prompt: String
        public let candidate: Int
        public let baseline: Int?
        public let diff: RunDiff?
        public let decision: GateDecision?
        public let reportURL: URL?

        /// PASS when there is no previous version to compare with.
        public var verdict: GateVerdict { decision?.verdict ?? .pass }
        public var exitStatus: ExitStatus { verdict.exitStatus }
    }

    public static func run(project: Project, reference: PromptReference) async throws -> Outcome {
        let (name, version) = try project.prompts.resolve(reference)
        guard let previous = project.prompts.previous(of: name, before: version) else {
            return Outcome(prompt: name, candidate: version, baseline: nil, diff: nil, decision: nil, reportURL: nil)
        }
        let prompt = try project.prompts.load(name, version: version)
        let policy = prompt.settings.gate?.applied(to: project.config.gate) ?? project.config.gate
        let (store, runs) = try await CompareCommand.ensureRuns(project: project, prompt: name, versions: [previous, version])
        let (baseRun, candRun) = (runs[0], runs[1])
        let diff = RunDiff(baseline: try store.snapshot(runID: baseRun), candidate: try store.snapshot(runID: candRun))
        let decision = Gate.evaluate(diff, policy: policy)
        let url = ReportWriter.diffReportURL(config: project.config, prompt: name, baseline: previous, candidate: version)
        try ReportWriter.write(DiffReport(diff: diff, decision: decision).markdown(), to: url)
        return Outcome(prompt: name, candidate: version, baseline: previous, diff: diff, decision: decision, reportURL: url)
    }
}
