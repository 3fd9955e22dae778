/// Builds the provider a plan names, checking everything it needs (recordings, keys) before any
/// call is made.
public enum ProviderFactory {
    public static func make(for plan: RunPlan, config: ProjectConfig) throws(InputError) -> any Provider {
        switch plan.provider.kind {
        case .replay:
            let url = RecordingFile.url(config: config, testset: plan.testSet.name, prompt: plan.prompt.name, version: plan.prompt.version)
            let file = try RecordingFile.load(url: url, display: config.display(url))
            let problems = file.verify(plan.calls.map(\.request))
            if !problems.isEmpty { throw InputError(Array(problems.prefix(20))) }
            return ReplayProvider(file: file)
        case .openai, .anthropic, .exec:
            throw InputError(.error(ProjectConfig.fileName, "provider `\(plan.provider.name)` of type `\(plan.provider.kind.rawValue)` is not available in this build"))
        }
    }
}
