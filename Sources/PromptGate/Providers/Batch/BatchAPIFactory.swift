import Foundation

/// Builds the batch API of a run's provider for `run --batch`; only the OpenAI and Anthropic
/// kinds have one. The key is checked here, before anything is submitted or stored.
public enum BatchAPIFactory {
    public static func make(
        for settings: ProviderConfig, environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil
    ) throws(InputError) -> any BatchAPI {
        switch settings.kind {
        case .openai, .anthropic:
            let key = try APIKey.resolve(for: settings, environment: environment)
            let http: any HTTPTransport
            if let transport {
                http = transport
            } else if let reason = CurlGlobal.unavailableReason {
                throw InputError(
                    .error(
                        ProjectConfig.fileName,
                        "provider `\(settings.name)` calls an HTTP API, which needs libcurl: \(reason)"))
            } else {
                http = CurlTransport(
                    maxConnections: 2,
                    limits: TransferLimits(maxResponseBytes: max(settings.maxResponseBytes, 512 << 20)))
            }
            return settings.kind == .openai
                ? OpenAIBatchAPI(config: settings, apiKey: key, transport: http)
                : AnthropicBatchAPI(config: settings, apiKey: key, transport: http)
        case .replay, .exec:
            throw InputError(
                .error(
                    ProjectConfig.fileName,
                    "--batch needs an `openai` or `anthropic` provider (their batch APIs); `\(settings.name)` is `\(settings.kind.rawValue)`. Pick one with --provider, or run without --batch"
                ))
        }
    }
}
