import Foundation

/// Builds the provider a plan names, checking everything it needs (recordings, keys, commands)
/// before any call is made.
public enum ProviderFactory {
    /// The provider for `plan`. `environment` supplies API keys (by the variable the config names);
    /// `transport` is shared by HTTP providers (default: libcurl with `concurrency` connections).
    public static func make(for plan: RunPlan, config: ProjectConfig,
                            environment: [String: String] = ProcessInfo.processInfo.environment,
                            transport: (any HTTPTransport)? = nil, concurrency: Int = 8) throws(InputError) -> any Provider {
        let settings = plan.provider
        switch settings.kind {
        case .replay:
            let url = RecordingFile.url(config: config, testset: plan.testSet.name, prompt: plan.prompt.name, version: plan.prompt.version)
            let file = try RecordingFile.load(url: url, display: config.display(url))
            let problems = file.verify(plan.calls.map(\.request))
            if !problems.isEmpty { throw InputError(Array(problems.prefix(20))) }
            return ReplayProvider(file: file)
        case .openai:
            let key = try APIKey.resolve(for: settings, environment: environment)
            return OpenAIProvider(config: settings, apiKey: key, transport: transport ?? CurlTransport(maxConnections: max(8, concurrency)))
        case .anthropic:
            let key = try APIKey.resolve(for: settings, environment: environment)
            return AnthropicProvider(config: settings, apiKey: key, transport: transport ?? CurlTransport(maxConnections: max(8, concurrency)))
        case .exec:
            return try ExecProvider.resolve(settings, root: config.root, environment: environment)
        }
    }
}
