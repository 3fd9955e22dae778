import Foundation

/// An opened project: its configuration and the catalogs of prompts and test sets. Every command
/// starts here.
public struct Project: Sendable {
    public let config: ProjectConfig
    public let prompts: PromptCatalog
    public let testSets: TestSetLoader
    /// Warnings from loading the configuration.
    public let warnings: [Diagnostic]

    /// Opens the project in `root`; configuration errors throw (exit 2).
    public static func open(root: URL, databaseOverride: String? = nil) throws(InputError) -> Project {
        var bag = DiagnosticBag()
        var config = ProjectConfig.load(root: root, into: &bag)
        if bag.hasErrors { throw InputError(bag.errors) }
        if let databaseOverride { config.databasePath = databaseOverride }
        return Project(
            config: config, prompts: PromptCatalog(config: config), testSets: TestSetLoader(config: config),
            warnings: bag.warnings)
    }

    /// Opens the results database (after all input has been validated). A path that holds no
    /// promptgate database, or a newer one, is an `InputError` naming the file (exit 2).
    public func openStore() throws -> ResultStore {
        do {
            return try ResultStore(path: config.databaseURL.path)
        } catch {
            throw located(error)
        }
    }

    /// Opens the results database for a command that only reads: nothing is created or written,
    /// and no database yet is an `InputError` (exit 2).
    public func openStoreForReading() throws -> ResultStore {
        do {
            return try ResultStore(readingAt: config.databaseURL.path)
        } catch {
            throw located(error)
        }
    }

    /// Whether the named provider runs the team's own pipeline as a command (`type: exec`): its
    /// errors are the candidate's crashes, held to the lower error limit.
    public func isExecPipeline(_ provider: String) -> Bool {
        config.providers[provider]?.kind == .exec
    }

    /// A user error about the database path as a diagnostic naming the file; others unchanged.
    private func located(_ error: StoreError) -> any Error {
        guard error.isBadInput else { return error }
        return InputError(.error(config.display(config.databaseURL), error.userMessage))
    }

    /// What a run of a prompt version is made of, loaded and checked but not planned: the prompt,
    /// its test set, the provider and the repeat count.
    public struct RunMaterials: Sendable {
        public let prompt: PromptFile
        public let testSet: TestSet
        public let provider: ProviderConfig
        public let repeats: Int
    }

    /// Loads a prompt version, its test set and provider, and the repeats a run would make.
    public func runMaterials(
        _ name: String, version: Int, repeats: Int? = nil, provider: String? = nil
    ) throws(InputError) -> RunMaterials {
        let prompt = try prompts.load(name, version: version)
        try Self.refuseJudge(prompt)
        let testSet = try testSets.load(prompt.settings.testset)
        let providerName = provider ?? prompt.settings.provider ?? config.defaultProvider
        guard let providerConfig = config.providers[providerName] else {
            let known = config.providers.keys.sorted().joined(separator: ", ")
            throw InputError(
                .error(
                    provider == nil ? prompt.path : ProjectConfig.fileName,
                    "unknown provider `\(providerName)`; providers in \(ProjectConfig.fileName): \(known)"))
        }
        return RunMaterials(
            prompt: prompt, testSet: testSet, provider: providerConfig,
            repeats: repeats ?? prompt.settings.repeats ?? config.repeats)
    }

    /// Loads a prompt version and its test set, and renders every request.
    public func plan(
        _ name: String, version: Int, repeats: Int? = nil, provider: String? = nil
    ) throws(InputError) -> RunPlan {
        let inputs = try runMaterials(name, version: version, repeats: repeats, provider: provider)
        var plan = try RunPlanner.plan(
            prompt: inputs.prompt, testSet: inputs.testSet, provider: inputs.provider, repeats: inputs.repeats)
        plan.judges = try judges(for: inputs.testSet, judging: inputs.prompt)
        return plan
    }
}
