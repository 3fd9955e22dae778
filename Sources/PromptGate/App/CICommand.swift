import Foundation

/// `promptgate ci`: gates every prompt with versions added since a git ref, or whose inputs changed
/// (config, test set, exec pipeline files), against the newest version at that ref run in the
/// project as it is at the ref; reports every intermediate new version; writes one combined report.
public enum CICommand {
    public struct Outcome: Sendable {
        /// One gate per changed prompt: its newest version against production.
        public let gates: [GateCommand.Outcome]
        /// Versions added below the newest one, gated against the same baseline (reported, not gating).
        public let intermediates: [GateCommand.Outcome]
        public let targets: [CITarget]
        public let reportURL: URL
        public let markdown: String
        /// What was deleted since the base and so is not gated: `name@vN`, or `name` for a whole prompt.
        public var deleted: [String] = []
        /// Why `ci` stopped before gating every version (the caps, a signal), or nil.
        public var stopped: String?
        /// The versions (`name@vN`) it did not gate because it stopped.
        public var notGated: [String] = []

        /// 1 if any gate failed, else 3 if any was inconclusive or `ci` stopped early, else 0.
        public var exitStatus: ExitStatus {
            if gates.contains(where: { $0.verdict == .fail }) { return .gateFailed }
            if stopped != nil || gates.contains(where: { $0.verdict == .inconclusive }) { return .incomplete }
            return .ok
        }
    }

    public static func run(
        project: Project, base: String, hooks: RunHooks = RunHooks(),
        stepSummary: String? = ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"]
    ) async throws -> Outcome {
        let planned = try Planned(project: project, base: base)
        let (changed, atBase, targets, baseProject) = (
            planned.changed, planned.atBase, planned.targets, planned.baseProject
        )
        var gates: [GateCommand.Outcome] = [], intermediates: [GateCommand.Outcome] = []
        var stopped: String?, notGated: [String] = []
        if !targets.isEmpty {
            let limit = (DiffReport.commentLimit - 2_000) / max(1, targets.count)
            for target in targets {
                let baseline = Baseline.newest(of: target.prompt, at: atBase)
                // Once the caps or a signal stop `ci`, what is left is listed, not gated; the
                // summary still reports every gate that finished.
                for version in [target.candidate] + target.intermediates {
                    let reference = PromptReference(name: target.prompt, version: version)
                    if stopped != nil {
                        notGated.append("\(reference)")
                        continue
                    }
                    if version == target.candidate {
                        hooks.log?(
                            "gating \(reference) (\(target.why)) against \(baseline.version.map { "v\($0)" } ?? "no baseline"): \(baseline.reason)"
                        )
                    }
                    do {
                        let gate = try await GateCommand.run(
                            project: project, reference: reference, baseline: baseline, baselineProject: baseProject,
                            summaryLimit: limit, hooks: hooks)
                        if version == target.candidate { gates.append(gate) } else { intermediates.append(gate) }
                    } catch let stop as RunStop {
                        stopped = stop.reason
                        notGated.append("\(reference)")
                    }
                }
            }
        }
        withExtendedLifetime(planned.tree) {}
        let deleted = deletedVersions(changed, config: project.config)
        let markdown = CIReport(
            base: base, targets: targets, gates: gates, intermediates: intermediates, deleted: deleted,
            stopped: stopped, notGated: notGated, config: project.config
        ).markdown()
        let url = project.config.reportsURL.appendingPathComponent("ci-summary.md")
        try ReportWriter.write(markdown, to: url, inside: project.config.reportsURL)
        if let stepSummary, !stepSummary.isEmpty, let handle = FileHandle(forWritingAtPath: stepSummary) {
            // A summary file that cannot be written loses the summary, never the gate result.
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: Data(markdown.utf8))
            try? handle.close()
        }
        return Outcome(
            gates: gates, intermediates: intermediates, targets: targets, reportURL: url, markdown: markdown,
            deleted: deleted, stopped: stopped, notGated: notGated)
    }

    /// What `ci` would gate and run, with nothing called or stored: one `ComparisonDryRun` per
    /// version it would gate (each changed prompt's newest, then the intermediate ones), against
    /// the newest version at `base` run in the project as it is there.
    public static func dryRun(project: Project, base: String) throws -> [ComparisonDryRun] {
        let planned = try Planned(project: project, base: base)
        return try withExtendedLifetime(planned.tree) {
            try planned.targets.flatMap { target in
                let baseline = Baseline.newest(of: target.prompt, at: planned.atBase)
                return try ([target.candidate] + target.intermediates).map { version in
                    try ComparisonDryRun.make(
                        project: project, prompt: target.prompt, candidate: version, baseline: baseline,
                        baselineProject: planned.baseProject)
                }
            }
        }
    }

    /// What `ci` gates against `base`: the files changed since it, the prompts there, the targets,
    /// and the project as it is at the base ref where baselines run (exported only when one exists
    /// there; the export lives as long as `tree`).
    private struct Planned {
        let changed: [String]
        let atBase: BaseRefPrompts
        let targets: [CITarget]
        let tree: BaseTree?
        let baseProject: Project?

        init(project: Project, base: String) throws {
            let root = project.config.root
            changed = try ChangedFiles.since(base, root: root)
            atBase = try BaseRefPrompts.at(base, root: root)
            targets = try CITargets.find(project: project, base: atBase, changed: changed)
            let atBase = atBase
            tree =
                try targets.contains { atBase.newest(of: $0.prompt) != nil } ? BaseTree.export(base, root: root) : nil
            baseProject = try tree.map { tree throws(InputError) in
                try CICommand.openBase(tree, ref: base, database: project.config.databaseURL.path)
            }
        }
    }

    /// Prompt versions (`name@vN`) and whole prompts (`name`) among `changed` that no longer exist.
    static func deletedVersions(_ changed: [String], config: ProjectConfig) -> [String] {
        var deleted: Set<String> = []
        for path in changed {
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[0] == "prompts",
                let version = PromptCatalog.version(fromFileName: String(parts[2])),
                !FileManager.default.fileExists(atPath: config.root.appendingPathComponent(path).path)
            else { continue }
            let name = String(parts[1])
            let folder = config.promptsURL.appendingPathComponent(name).path
            deleted.insert(FileManager.default.fileExists(atPath: folder) ? "\(name)@v\(version)" : name)
        }
        return deleted.sorted()
    }

    /// Opens the project exported at the base ref, storing its runs in the current database.
    public static func openBase(_ tree: BaseTree, ref: String, database: String) throws(InputError) -> Project {
        do {
            return try Project.open(root: tree.root, databaseOverride: database)
        } catch {
            throw InputError(error.diagnostics.map { .error("\($0.file) at `\(ref)`", line: $0.line, $0.message) })
        }
    }
}
