import Foundation

/// Builds the provider one run uses from its settings, checking everything it needs (recordings,
/// keys, commands) before any call is made. It takes what it needs, not the run plan: the pipeline
/// builds the `ReplayTarget` from its plan (`ProviderFactory.make(for:config:)`).
public enum ProviderFactory {
    /// The provider `settings` describe. `replay` is what a replay provider must serve (checked
    /// here); `environment` supplies API keys (by the variable the config names); `transport` is
    /// shared by HTTP providers (default: libcurl with `concurrency` connections).
    public static func make(
        _ settings: ProviderConfig, replaying replay: ReplayTarget, config: ProjectConfig,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil, concurrency: Int = 8
    ) throws(InputError) -> any Provider {
        switch settings.kind {
        case .replay:
            let recordings = try RecordingIndex(url: replay.recordings, display: config.display(replay.recordings))
            let problems = recordings.verify(replay.requests)
            if !problems.isEmpty { throw InputError(replayProblems(problems, recordings: recordings, replay: replay)) }
            return ReplayProvider(recordings: recordings)
        case .openai:
            let key = try APIKey.resolve(for: settings, environment: environment)
            return OpenAIProvider(
                config: settings, apiKey: key,
                transport: try httpTransport(transport, for: settings, concurrency: concurrency))
        case .anthropic:
            let key = try APIKey.resolve(for: settings, environment: environment)
            return AnthropicProvider(
                config: settings, apiKey: key,
                transport: try httpTransport(transport, for: settings, concurrency: concurrency))
        case .exec:
            return try ExecProvider.resolve(
                settings, root: config.root, environment: environment,
                keyNames: Set(config.providers.values.compactMap(\.apiKeyEnv)))
        }
    }

    /// The provider of a judge: like a prompt's, but a replay judge's recordings (`recordings`, of
    /// judge `reference`) are checked call by call (its requests depend on the answers it judges),
    /// and the file must exist. The pipeline calls it with its `JudgePlan` (`make(judge:config:)`).
    public static func make(
        judge settings: ProviderConfig, recordings url: URL, reference: String, config: ProjectConfig,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: (any HTTPTransport)? = nil, concurrency: Int = 8
    ) throws(InputError) -> any Provider {
        switch settings.kind {
        case .replay:
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw InputError(
                    .error(
                        config.display(url),
                        "no recorded verdicts for judge \(reference), which replays them (provider `\(settings.name)`): add one line per judged answer (ids `<prompt>@v<N>/<case id>`, docs/judges.md), or give the judge a live provider"
                    ))
            }
            return ReplayProvider(recordings: try RecordingIndex(url: url, display: config.display(url)))
        case .openai:
            return OpenAIProvider(
                config: settings, apiKey: try APIKey.resolve(for: settings, environment: environment),
                transport: try httpTransport(transport, for: settings, concurrency: concurrency))
        case .anthropic:
            return AnthropicProvider(
                config: settings, apiKey: try APIKey.resolve(for: settings, environment: environment),
                transport: try httpTransport(transport, for: settings, concurrency: concurrency))
        case .exec:
            return try ExecProvider.resolve(
                settings, root: config.root, environment: environment,
                keyNames: Set(config.providers.values.compactMap(\.apiKeyEnv)))
        }
    }

    /// `given`, or the libcurl transport. libcurl is loaded here, so a machine without it fails
    /// before the run starts, with what to install, instead of with an error on every case.
    private static func httpTransport(
        _ given: (any HTTPTransport)?, for settings: ProviderConfig, concurrency: Int
    ) throws(InputError) -> any HTTPTransport {
        if let given { return given }
        if let reason = CurlGlobal.unavailableReason {
            throw InputError(
                .error(
                    ProjectConfig.fileName,
                    "provider `\(settings.name)` calls an HTTP API, which needs libcurl: \(reason)"))
        }
        return CurlTransport(
            maxConnections: max(8, concurrency), limits: TransferLimits(maxResponseBytes: settings.maxResponseBytes))
    }

    /// At most 20 recording problems, a count of the rest, and first the likely cause when the
    /// run asks for more repeats than were recorded.
    static func replayProblems(
        _ problems: [Diagnostic], recordings: RecordingIndex, replay: ReplayTarget
    ) -> [Diagnostic] {
        var listed: [Diagnostic] = []
        let recorded = recordings.recordedRepeats
        if replay.repeats > recorded {
            let runs = recorded == 1 ? "1 run" : "\(recorded) runs"
            listed.append(
                .error(
                    recordings.path,
                    "these recordings hold \(runs) per case but the run asks for \(replay.repeats) (`--repeats` or `repeats:`); a replay cannot make up the others: record them with `promptgate run \(replay.promptReference) --repeats \(replay.repeats) --record --provider <live provider>`, or run with `--repeats \(max(1, recorded))`"
                ))
        }
        listed += problems.prefix(20)
        if problems.count > 20 {
            listed.append(.error(recordings.path, "… and \(problems.count - 20) more recording problems"))
        }
        return listed
    }
}
