import Foundation

/// What `ci` gates for one prompt: its newest version against the newest version at the base ref
/// (production), and every other version added since, reported but not gating.
public struct CITarget: Sendable, Equatable {
    public let prompt: String
    /// The version that would ship.
    public let candidate: Int
    /// Versions added since the base ref below the candidate (reported, not gating).
    public let intermediates: [Int]
    /// Why the prompt is gated: a new version, or what else it depends on changed.
    public let why: String
}

/// Finds the prompts `ci` must gate: those with versions added since the base ref, and those whose
/// inputs changed (promptgate.yaml, their test set, their test set's judges, the files their exec
/// pipeline depends on).
/// A version that exists at the base ref and changed content is refused: merged versions are
/// immutable.
enum CITargets {
    static func find(project: Project, base: BaseRefPrompts, changed: [String]) throws(InputError) -> [CITarget] {
        try checkImmutable(project: project, base: base, changed: changed)
        let changedSet = Set(changed)
        var targets: [CITarget] = []
        for name in project.prompts.names() {
            var bag = DiagnosticBag()
            let versions = project.prompts.versions(of: name, into: &bag)
            guard let newest = versions.last else { continue }
            let atBase = Set(base.versions[name] ?? [])
            let added = versions.filter { !atBase.contains($0) }
            let prompt = try project.prompts.load(name, version: newest)
            // A judge is gated through the prompts that use it (their inputs name its files).
            if prompt.isJudge { continue }
            let inputs = inputChanges(project: project, prompt: prompt, changed: changedSet)
            if !added.isEmpty {
                let why =
                    "new version\(added.count == 1 ? "" : "s") " + added.map { "v\($0)" }.joined(separator: ", ")
                    + (inputs.isEmpty ? "" : "; changed: " + inputs.joined(separator: ", "))
                targets.append(
                    CITarget(prompt: name, candidate: newest, intermediates: added.filter { $0 != newest }, why: why))
            } else if !inputs.isEmpty {
                targets.append(
                    CITarget(
                        prompt: name, candidate: newest, intermediates: [],
                        why: "changed: " + inputs.joined(separator: ", ")))
            }
        }
        return targets
    }

    /// The changed files (of `changed`) that the prompt's answers or scores depend on.
    private static func inputChanges(project: Project, prompt: PromptFile, changed: Set<String>) -> [String] {
        var found: [String] = []
        if changed.contains(ProjectConfig.fileName) { found.append(ProjectConfig.fileName) }
        let setPrefix = "testsets/\(prompt.settings.testset)/"
        found += changed.filter { $0.hasPrefix(setPrefix) }.sorted()
        var bag = DiagnosticBag()
        for judge in project.testSets.load(prompt.settings.testset, into: &bag)?.settings.judges ?? [] {
            found += changed.filter { $0.hasPrefix("prompts/\(judge.name)/") }.sorted()
        }
        let providerName = prompt.settings.provider ?? project.config.defaultProvider
        if let dependencies = project.config.providers[providerName]?.dependencies {
            found += dependencies.paths.filter { changed.contains($0) }
        }
        return found
    }

    /// Refuses a version file that exists at the base ref and whose content changed.
    private static func checkImmutable(project: Project, base: BaseRefPrompts, changed: [String]) throws(InputError) {
        var errors: [Diagnostic] = []
        for path in changed {
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[0] == "prompts",
                let version = PromptCatalog.version(fromFileName: String(parts[2]))
            else { continue }
            let name = String(parts[1])
            guard base.versions[name]?.contains(version) == true,
                FileManager.default.fileExists(atPath: project.config.root.appendingPathComponent(path).path)
            else { continue }
            var bag = DiagnosticBag()
            let next = max(project.prompts.versions(of: name, into: &bag).last ?? 0, base.newest(of: name) ?? 0) + 1
            errors.append(
                .error(
                    path,
                    "v\(version) of `\(name)` exists at `\(base.ref)` and its content changed; merged versions are immutable: restore it (git checkout \(base.ref) -- \(path)) and add v\(next) instead"
                ))
        }
        if !errors.isEmpty { throw InputError(errors) }
    }
}
