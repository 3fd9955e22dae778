import Foundation

/// The project configuration from `promptgate.yaml`: where things live, which providers exist,
/// prices, and defaults. Paths are resolved against the project root.
public struct ProjectConfig: Sendable {
    /// The format version this build reads.
    public static let formatVersion = 1
    /// The config file's name in the project root.
    public static let fileName = "promptgate.yaml"
    /// The most repeats of one case a run may make (`repeats`, front matter, `--repeats`).
    public static let maxRepeats = 1_000

    public var root: URL
    public var databasePath: String = ".promptgate/promptgate.sqlite"
    public var reportsDirectory: String = "reports"
    public var defaultProvider: String = "replay"
    public var concurrency: Int = 8
    public var repeats: Int = 1
    public var providers: [String: ProviderConfig] = ["replay": ProviderConfig(name: "replay", kind: .replay)]
    public var pricing: [String: ModelPrice] = [:]
    /// The project-wide gate policy.
    public var gate = GatePolicy()
    /// Retries, backoff and re-asks (`retry:`).
    public var retry = RetryPolicy()
    /// When a failing run stops itself (`breaker:`).
    public var breaker = BreakerSettings()
    /// How `run --batch` polls and handles requests its batch failed (`batch:`).
    public var batch = BatchSettings()

    public init(root: URL) {
        self.root = root
    }

    /// The database file, absolute.
    public var databaseURL: URL { resolve(databasePath) }
    /// The reports folder, absolute.
    public var reportsURL: URL { resolve(reportsDirectory) }
    /// The prompts folder, absolute.
    public var promptsURL: URL { root.appendingPathComponent("prompts") }
    /// The test sets folder, absolute.
    public var testsetsURL: URL { root.appendingPathComponent("testsets") }

    /// Resolves a path from the config against the project root.
    public func resolve(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }

    /// A path relative to the project root, for messages.
    public func display(_ url: URL) -> String {
        let base = root.standardizedFileURL.path
        let full = url.standardizedFileURL.path
        if full.hasPrefix(base + "/") { return String(full.dropFirst(base.count + 1)) }
        return full
    }
}

/// Price of a model in US dollars per million tokens.
public struct ModelPrice: Sendable, Equatable {
    public var inputPerMillion: Double
    public var outputPerMillion: Double
    /// The share of the price a provider batch charges (`batch:`, default 0.5: half price).
    public var batchRate = 0.5

    public init(inputPerMillion: Double, outputPerMillion: Double) {
        self.inputPerMillion = inputPerMillion
        self.outputPerMillion = outputPerMillion
    }

    /// The cost of one call.
    public func cost(inputTokens: Int, outputTokens: Int) -> Double {
        (Double(inputTokens) * inputPerMillion + Double(outputTokens) * outputPerMillion) / 1_000_000
    }
}

/// One entry under `providers:`: a named endpoint of a known kind.
public struct ProviderConfig: Sendable, Equatable {
    /// The provider implementations promptgate ships.
    public enum Kind: String, Sendable, CaseIterable {
        case replay, openai, anthropic, exec
    }

    public var name: String
    public var kind: Kind
    public var baseURL: String?
    /// The NAME of the environment variable that holds the API key; never the key itself.
    public var apiKeyEnv: String?
    /// For `exec`: the command line run once per case.
    public var command: [String]?
    /// Seconds before a call is abandoned.
    public var timeout: Double = 60
    /// How JSON output is requested (`structured_output`); plain chat by default.
    public var structuredOutput: StructuredOutput = .none
    /// Calls allowed per minute (`requests_per_minute`); nil: no limit.
    public var requestsPerMinute: Double?
    /// Tokens (estimated input + max output) allowed per minute (`tokens_per_minute`); nil: no limit.
    public var tokensPerMinute: Double?
    /// For `exec`: the files its answers depend on (`depends_on`, default: the script it runs).
    public var dependencies: ProviderDependencies?

    /// Everything about this provider that decides an answer (not limits or timeouts), hashed
    /// into the response cache key and compared before a stored run is reused.
    public var answerSettings: JSONValue {
        [
            "type": .string(kind.rawValue),
            "base_url": baseURL.map(JSONValue.string) ?? .null,
            "command": command.map { .array($0.map(JSONValue.string)) } ?? .null,
            "structured_output": .string(structuredOutput.rawValue),
            "depends_on": dependencies.map { .string($0.hash) } ?? .null,
        ]
    }
    /// For `openai` and `anthropic`: ask for answers as server-sent event streams (`stream`,
    /// default true), which measures time to first token; a prompt's `stream: false` opts out too.
    public var stream = true
    /// Body bytes accepted from the server (`max_response_bytes`); more fails the call.
    public var maxResponseBytes: Int = TransferLimits.defaultMaxResponseBytes
    /// For `exec`: names of environment variables passed to the command even though they hold a
    /// provider's API key (`env:`); every other provider key is removed from its environment.
    public var passedEnvironment: [String] = []
    /// Parameters for every model of this provider (`token_parameter`, `sampling`).
    public var parameters = ModelParameters()
    /// Per-model parameters (`models:`), over `parameters`.
    public var models: [String: ModelParameters] = [:]

    /// The parameters `model` is called with: its `models:` entry, then the provider's.
    public func parameters(for model: String) -> ModelParameters {
        (models[model] ?? ModelParameters()).over(parameters)
    }

    public init(name: String, kind: Kind, baseURL: String? = nil, apiKeyEnv: String? = nil, command: [String]? = nil) {
        self.name = name
        self.kind = kind
        self.baseURL = baseURL
        self.apiKeyEnv = apiKeyEnv
        self.command = command
    }
}
