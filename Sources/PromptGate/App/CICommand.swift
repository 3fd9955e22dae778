import Foundation

/// `promptgate ci`: gates every prompt version added or changed since a git ref (and every prompt
/// whose test set changed) against its previous version, and writes one combined report.
public enum CICommand {
    public struct Outcome: Sendable {
        public let gates: [GateCommand.Outcome]
        public let reportURL: URL
        public let markdown: String

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
        for path in changed {
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[0] == "prompts", let v = PromptCatalog.version(fromFileName: String(parts[2])) else { continue }
            guard FileManager.default.fileExists(atPath: project.config.root.appendingPathComponent(path).path) else { continue }
            targets[String(parts[1])] = max(targets[String(parts[1])] ?? 0, v)
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
        let markdown = CIReport(base: base, gates: gates, config: project.config).markdown()
        let url = project.config.reportsURL.appendingPathComponent("ci-summary.md")
        try ReportWriter.write(markdown, to: url, inside: project.config.reportsURL)
        if let stepSummary, !stepSummary.isEmpty, let handle = FileHandle(forWritingAtPath: stepSummary) {
            handle.seekToEndOfFile()
            handle.write(Data(markdown.utf8))
            try? handle.close()
        }
        return Outcome(gates: gates, reportURL: url, markdown: markdown)
    }
}

/// The combined CI report: one line per gated prompt, then each gate's reasons.
struct CIReport {
    let base: String
    let gates: [GateCommand.Outcome]
    let config: ProjectConfig

    func markdown() -> String {
        var out = "# promptgate CI\n\n"
        guard !gates.isEmpty else { return out + "No prompt or test set changed since \(Markdown.code(base)): nothing to gate.\n" }
        out += Markdown.table(["prompt", "candidate", "baseline", "verdict", "report"], gates.map { g in
            [Markdown.code(g.prompt), "v\(g.candidate)", g.baseline.map { "v\($0)" } ?? "none (first version)", g.verdict.rawValue,
             g.reportURL.map { Markdown.code(config.display($0)) } ?? "–"]
        })
        for gate in gates {
            guard let summary = gate.summary else { continue }
            out += "\n---\n\n" + summary
        }
        return out
    }
}
