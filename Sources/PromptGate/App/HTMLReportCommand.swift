import Foundation

/// `promptgate report <run> --format html [--baseline <run>]`: writes the self-contained HTML viewer
/// of a stored run, or of its comparison with a baseline run (with the gate's verdict).
public enum HTMLReportCommand {
    /// Renders the viewer and writes it to `output`, or by default to
    /// `reports/<prompt>/v<N>.html` (`v<N>-vs-v<M>.html` for a comparison). Returns the path written.
    public static func write(
        project: Project, store: ResultStore, run: String, baseline: String?, output: String?, showPII: Bool
    ) throws -> String {
        let runID = try ReportCommand.resolveRun(run, store: store)
        let baseID = try baseline.map { try ReportCommand.resolveRun($0, store: store) }
        let html = try render(project: project, store: store, runID: runID, baselineID: baseID, showPII: showPII)
        let candidate = try store.run(id: runID)
        let base = try baseID.flatMap { try store.run(id: $0) }
        let url: URL
        if let output {
            url = URL(fileURLWithPath: output)
        } else {
            let name = "v\(candidate?.version ?? 0)" + (base.map { "-vs-v\($0.version)" } ?? "") + ".html"
            url = project.config.reportsURL.appendingPathComponent(candidate?.prompt ?? "runs").appendingPathComponent(
                name)
        }
        let written = try ReportWriter.write(html, to: url)
        return output ?? project.config.display(written)
    }

    /// The viewer's HTML for run `runID`, compared with `baselineID` when given.
    public static func render(
        project: Project, store: ResultStore, runID: Int64, baselineID: Int64?, showPII: Bool
    ) throws -> String {
        let candidate = try store.snapshot(runID: runID)
        let candidateResults = try store.results(runID: runID)
        var baseline: (snapshot: RunSnapshot, results: [ResultRecord])?
        var decision: GateDecision?
        if let baselineID {
            let snapshot = try store.snapshot(runID: baselineID)
            guard snapshot.run.prompt == candidate.run.prompt else {
                throw InputError(
                    .error(
                        store.path,
                        "run #\(baselineID) is of `\(snapshot.run.prompt)`, run #\(runID) of `\(candidate.run.prompt)`; compare runs of one prompt"
                    ))
            }
            baseline = (snapshot, try store.results(runID: baselineID))
            let prompt = try? project.prompts.load(candidate.run.prompt, version: candidate.run.version)
            let policy = prompt?.settings.gate?.applied(to: project.config.gate) ?? project.config.gate
            let execPipeline = project.isExecPipeline(candidate.run.provider)
            decision = Gate.evaluate(
                RunDiff(judging: (snapshot, candidate), policy: policy, execPipeline: execPipeline),
                policy: policy, pricing: project.config.pricing, execPipeline: execPipeline)
        }
        let loaded = [candidate] + (baseline.map { [$0.snapshot] } ?? [])
        let trend = try ReportHistory.points(prompt: candidate.run.prompt, store: store, loaded: loaded)
        let testSet = try? project.testSets.load(candidate.run.testset)
        return HTMLViewer(
            candidate: (candidate, candidateResults), baseline: baseline, decision: decision, trend: trend,
            testSet: testSet, redactor: ReportRedactor(showPII: showPII),
            firstTokens: (try store.firstTokens(runID: runID), try baselineID.map { try store.firstTokens(runID: $0) })
        ).html()
    }
}
