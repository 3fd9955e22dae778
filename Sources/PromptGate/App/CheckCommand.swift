import Foundation

/// `promptgate check`: loads and validates the config, every prompt and every test set (and the
/// replay recordings they use) without calling any model.
public enum CheckCommand {
    /// What was checked, and every problem found.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        public var promptVersions = 0
        public var testSets = 0
        public var cases = 0

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
        public var exitStatus: ExitStatus { hasErrors ? .badInput : .ok }
    }

    public static func run(root: URL) -> Report {
        var report = Report()
        let project: Project
        do {
            project = try Project.open(root: root)
        } catch {
            report.diagnostics = error.diagnostics
            return report
        }
        report.diagnostics += project.warnings
        var loadedSets: [String: TestSet] = [:]
        var failedSets: Set<String> = []
        for name in project.testSets.names() {
            var bag = DiagnosticBag()
            if let set = project.testSets.load(name, into: &bag) {
                loadedSets[name] = set
                report.cases += set.cases.count
                report.diagnostics += PIIDataCheck.inputs(set)
            } else {
                failedSets.insert(name)
            }
            report.testSets += 1
            report.diagnostics += bag.items
        }
        for name in project.prompts.names() {
            var bag = DiagnosticBag()
            let versions = project.prompts.versions(of: name, into: &bag)
            report.diagnostics += bag.items
            if versions.isEmpty && !bag.hasErrors {
                report.diagnostics.append(
                    .warning("prompts/\(name)", "the folder has no prompt versions (v1.md, v2.md, ...)"))
            }
            for version in versions {
                report.promptVersions += 1
                report.diagnostics += checkVersion(
                    project, name: name, version: version, sets: loadedSets, failedSets: failedSets)
            }
        }
        return report
    }

    private static func checkVersion(
        _ project: Project, name: String, version: Int, sets: [String: TestSet], failedSets: Set<String>
    ) -> [Diagnostic] {
        let prompt: PromptFile
        do {
            prompt = try project.prompts.load(name, version: version)
        } catch {
            return error.diagnostics
        }
        if failedSets.contains(prompt.settings.testset) { return [] }
        // A judge's requests depend on the answers it judges: the runs that use it check it.
        if prompt.isJudge { return [] }
        guard sets[prompt.settings.testset] != nil else {
            let known = sets.keys.sorted().joined(separator: ", ")
            return [
                .error(
                    prompt.path, line: prompt.line(of: "testset"),
                    "test set `\(prompt.settings.testset)` does not exist under testsets/ (known: \(known.isEmpty ? "none" : known))"
                )
            ]
        }
        do {
            let plan = try project.plan(name, version: version)
            _ = try project.pairwiseJudge(for: plan.testSet, judging: plan.prompt)
            var problems = plan.warnings + StrictSchemaCheck.diagnostics(plan, promptPath: prompt.path)
            if plan.provider.kind == .replay {
                problems += RecordingCheck.verify(plan, config: project.config)
            }
            return problems
        } catch {
            return error.diagnostics
        }
    }
}

/// Checks that a replay plan's recordings exist and match the rendered requests.
enum RecordingCheck {
    static func verify(_ plan: RunPlan, config: ProjectConfig) -> [Diagnostic] {
        let url = RecordingFile.url(
            config: config, testset: plan.testSet.name, prompt: plan.prompt.name, version: plan.prompt.version)
        do {
            let recordings = try RecordingIndex(url: url, display: config.display(url))
            return recordings.verify(plan.calls.lazy.map { ($0.caseID, $0.repeatIndex, $0.requestHash) })
                + PIIDataCheck.recordings(
                    recordings, reference: plan.prompt.reference, policy: plan.testSet.settings.pii,
                    output: plan.prompt.settings.output)
                + verifyJudges(plan, recordings: recordings, config: config)
        } catch {
            return error.diagnostics
        }
    }

    /// Checks that each replayed judge has a recording for every recorded answer it would judge.
    static func verifyJudges(_ plan: RunPlan, recordings: RecordingIndex, config: ProjectConfig) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for judge in plan.judges where judge.provider.kind == .replay {
            let url = RecordingFile.url(
                config: config, testset: judge.prompt.settings.testset, prompt: judge.prompt.name,
                version: judge.prompt.version)
            do {
                let verdicts = try RecordingIndex(url: url, display: config.display(url))
                problems += verdicts.verify(judge.requests(judging: plan, recordings: recordings))
            } catch {
                problems += error.diagnostics
            }
        }
        return problems
    }
}
