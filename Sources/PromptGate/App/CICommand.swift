import Foundation

/// `promptgate ci`: gates every prompt version added or changed since a git ref (and every prompt
/// whose test set changed) against its previous version, and writes one combined report.
public enum CICommand {
    public struct Outcome: Sendable {
        public let gates: [GateCommand.Outcome]
        public let reportURL: URL
        public let markdown: String
        /// What was deleted since the base and so is not gated: `name@vN`, or `name` for a whole prompt.
        public var deleted: [String] = []

        /// 1 if any gate failed, else 3 if any was inconclusive, else 0.
        public var exitStatus: ExitStatus {
            if gates.contains(where: { $0.verdict == .fail }) { return .gateFailed }
            if gates.contains(where: { $0.verdict == .inconclusive }) { return .incomplete }
            return .ok
        }
    }

    public static func run(project: Project, base: String, stepSummary: String? = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"]) async throws -> Outcome {
        let changed = try ChangedFiles.since(base, root: project.config.root)
        var targets: [String: Int] = [:]
        let changedSets = Set(changed.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count >= 3 && parts[0] == "testsets" ? String(parts[1]) : nil
        })
        var deleted: Set<String> = []
        for path in changed {
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[0] == "prompts", let v = PromptCatalog.version(fromFileName: String(parts[2])) else { continue }
            let name = String(parts[1])
            guard FileManager.default.fileExists(atPath: project.config.root.appendingPathComponent(path).path) else {
                let folder = project.config.promptsURL.appendingPathComponent(name).path
                deleted.insert(FileManager.default.fileExists(atPath: folder) ? "\(name)@v\(v)" : name)
                continue
            }
            targets[name] = max(targets[name] ?? 0, v)
        }
        if !changedSets.isEmpty {
            for name in project.prompts.names() where targets[name] == nil {
                let (_, latest) = try project.prompts.resolve(PromptReference(name: name, version: nil))
                if changedSets.contains(try project.prompts.load(name, version: latest).settings.testset) { targets[name] = latest }
            }
        }
        var gates: [GateCommand.Outcome] = []
        for name in targets.keys.sorted() {
            let limit = (DiffReport.commentLimit - 2_000) / max(1, targets.count)
            gates.append(try await GateCommand.run(project: project, reference: PromptReference(name: name, version: targets[name]), summaryLimit: limit))
        }
        let markdown = CIReport(base: base, gates: gates, deleted: deleted.sorted(), config: project.config).markdown()
        let url = project.config.reportsURL.appendingPathComponent("ci-summary.md")
        try ReportWriter.write(markdown, to: url)
        if let stepSummary, !stepSummary.isEmpty, let handle = FileHandle(forWritingAtPath: stepSummary) {
            // A summary file that cannot be written loses the summary, never the gate result.
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(markdown.utf8))
            try? handle.close()
        }
        return Outcome(gates: gates, reportURL: url, markdown: markdown, deleted: deleted.sorted())
    }
}

/// The combined CI report: one line per gated prompt, then each gate's reasons.
struct CIReport {
    let base: String
    let gates: [GateCommand.Outcome]
    /// Prompt versions (`name@vN`) and whole prompts (`name`) deleted since the base.
    let deleted: [String]
    let config: ProjectConfig

    func markdown() -> String {
        var out = "# promptgate CI\n\n"
        if !deleted.isEmpty {
            out += "Deleted since `\(base)`, not gated: " + deleted.map(Markdown.code).joined(separator: ", ") + ".\n\n"
        }
        guard !gates.isEmpty else { return out + "No prompt or test set changed since `\(base)`: nothing to gate.\n" }
        out += Markdown.table(["prompt", "candidate", "baseline", "verdict", "report"], gates.map { g in
            [Markdown.code(g.prompt), "v\(g.candidate)", g.baseline.map { "v\($0)" } ?? "none (first version)", g.verdict.rawValue,
             g.reportURL.map { config.display($0) } ?? "–"]
        })
        for gate in gates {
            guard let summary = gate.summary else { continue }
            out += "\n---\n\n" + summary
        }
        return out
    }
}
