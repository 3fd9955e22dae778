import Foundation

/// `promptgate report <run-id | prompt@vN>`: re-renders a stored run's report (Markdown, JUnit XML
/// or JSON) from the database alone.
public enum ReportCommand {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case markdown, junit, json
    }

    /// Finds the run a user named: a number is a run id; `prompt@vN` is that version's latest completed run.
    public static func resolveRun(_ text: String, store: ResultStore) throws -> Int64 {
        if let id = Int64(text) {
            guard try store.run(id: id) != nil else {
                throw InputError(
                    .error(store.path, "no run #\(id) in the database; `promptgate history <prompt>` lists runs"))
            }
            return id
        }
        guard let reference = PromptReference(parsing: text), let version = reference.version else {
            throw InputError(.error(text, "name a run id or prompt@vN"))
        }
        guard let run = try store.latestCompletedRun(prompt: reference.name, version: version), let id = run.id else {
            throw InputError(
                .error(text, "no completed run of \(text) in the database; run it first with `promptgate run \(text)`"))
        }
        return id
    }

    /// Renders the report of run `runID` in `format`.
    public static func render(runID: Int64, store: ResultStore, format: Format, showPII: Bool) throws -> String {
        let snapshot = try store.snapshot(runID: runID)
        let redactor = ReportRedactor(showPII: showPII)
        switch format {
        case .markdown:
            let trend = try ReportHistory.points(
                prompt: snapshot.run.prompt, store: store, loaded: [snapshot], upTo: snapshot.run.version)
            return RunReport(
                snapshot: snapshot, trend: trend, deadLetters: try store.deadLetterCount(runID: runID),
                calls: try store.callFacts(runID: runID), redactor: redactor
            ).markdown()
        case .junit: return JUnitReport(snapshot: snapshot, redactor: redactor).xml()
        case .json:
            let export = JSONExport(
                snapshot: snapshot, redactor: redactor, firstTokens: try store.firstTokens(runID: runID))
            return JSONWriter.pretty(export.json()) + "\n"
        }
    }
}

/// `promptgate history <prompt>`: every stored run of a prompt with its main figures.
public enum HistoryCommand {
    public static func table(prompt: String, store: ResultStore) throws -> String {
        let runs = try store.runs(prompt: prompt)
        guard !runs.isEmpty else {
            throw InputError(
                .error(prompt, "no runs of `\(prompt)` in the database yet; run `promptgate run \(prompt)`"))
        }
        var rows: [[String]] = []
        for run in runs {
            guard let id = run.id else { continue }
            let m = try store.snapshot(runID: id).metrics
            rows.append([
                "#\(id)", "v\(run.version)", run.status.rawValue, Markdown.percent(m.passRate),
                String(format: "%.3f", m.meanScore),
                Markdown.percent(m.schemaValidity), "\(m.errors)", Money.text(m.costUSD), Markdown.text(run.model),
            ])
        }
        return Markdown.table(
            ["run", "version", "status", "pass rate", "mean score", "schema valid", "errors", "cost", "model"], rows)
    }
}
