/// What a provider can do, declared once by each provider type (`capabilities(for:)`), so the
/// pipeline never asks which kind it is: a replay is neither cached, re-asked nor recorded.
public struct ProviderCapabilities: Sendable, Equatable {
    /// Answers arrive as a stream, so each call's time to first token is measured.
    public var streams: Bool
    /// Its answers may be stored in and served from the response cache.
    public var cacheable: Bool
    /// It can answer a re-ask (a new request after an unusable answer).
    public var canReask: Bool
    /// Its answers can be written to a recordings file (`--record`).
    public var recordable: Bool

    public init(streams: Bool, cacheable: Bool = true, canReask: Bool = true, recordable: Bool = true) {
        self.streams = streams
        self.cacheable = cacheable
        self.canReask = canReask
        self.recordable = recordable
    }
}

extension ProviderConfig {
    /// What the provider this config builds can do, as its type declares it; known before the
    /// provider is built (a dry run, `--record` checks).
    public var capabilities: ProviderCapabilities {
        switch kind {
        case .replay: return ReplayProvider.capabilities(for: self)
        case .openai: return OpenAIProvider.capabilities(for: self)
        case .anthropic: return AnthropicProvider.capabilities(for: self)
        case .exec: return ExecProvider.capabilities(for: self)
        }
    }
}
