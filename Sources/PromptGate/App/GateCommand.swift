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
        /// The report cut to fit a PR comment, pointing to the full file.
        public let summary: String?

        /// PASS when there is no previous version to compare with.
        public var verdict: GateVerdict { decision?.verdict ?? .pass }
        public var exitStatus: ExitStatus { verdict.exitStatus }
    }

    public static func run(project: Project, reference: PromptReference, summaryLimit: Int = DiffReport.commentLimit) async throws -> Outcome {
        let (name, version) = try project.prompts.resolve(reference)
        guard let previous = project.prompts.previous(of: name, before: version) else {
            return Outcome(prompt: name, candidate: version, baseline: nil, diff: nil, decision: nil, reportURL: nil, summary: nil)
        }
        let prompt = try project.prompts.load(name, version: version)
        let policy = prompt.settings.gate?.applied(to: project.config.gate) ?? project.config.gate
        let (store, runs) = try await CompareCommand.ensureRuns(project: project, prompt: name, versions: [previous, version])
        let (baseRun, candRun) = (runs[0], runs[1])
        let diff = RunDiff(snapshots: try store.snapshots(baseRun, candRun))
        let decision = Gate.evaluate(diff, policy: policy)
        let url = ReportWriter.diffReportURL(config: project.config, prompt: name, baseline: previous, candidate: version)
        let trend = try ReportHistory.points(prompt: name, store: store, loaded: [diff.baseline, diff.candidate])
        try ReportWriter.write(DiffReport(diff: diff, decision: decision, trend: trend, deadLetters: try store.deadLetterCount(runID: candRun)).markdown(), to: url, inside: project.config.reportsURL)
        let summary = DiffReport(diff: diff, decision: decision, trend: trend, deadLetters: try store.deadLetterCount(runID: candRun)).markdown(limit: summaryLimit, fullReport: project.config.display(url))
        return Outcome(prompt: name, candidate: version, baseline: previous, diff: diff, decision: decision, reportURL: url, summary: summary)
    }
}
