import Foundation

/// Runs a configured command once per call (`type: exec`, `command: [python3, pipeline.py]`):
/// the request goes to its standard input as one JSON object, its standard output must be
/// `{"output": "...", "stop_reason": "stop", "usage": {"input_tokens": N, "output_tokens": N}}`.
/// A timeout kills it (retryable); a non-zero exit or unreadable output is an error that keeps
/// the exit code and the end of standard error.
///
/// The command gets the parent's environment minus every configured provider's API key (unless
/// named under `env:`), and whatever it prints is redacted of every known key before it is kept.
public struct ExecProvider: Provider {
    /// The stdin format version.
    public static let formatVersion = 1
    let config: ProviderConfig
    let executable: URL
    let arguments: [String]
    let workingDirectory: URL
    /// The command's environment.
    let environment: [String: String]
    /// Removes every known API key from what the command prints.
    let redactor: SecretRedactor

    /// A provider for `config`; the command is resolved (PATH lookup) by `resolve`.
    init(
        config: ProviderConfig, executable: URL, arguments: [String], workingDirectory: URL,
        environment: [String: String], redactor: SecretRedactor
    ) {
        self.config = config
        self.executable = executable
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.redactor = redactor
    }

    /// Checks the command before any call: it must name an executable file (absolute, relative to
    /// the project root, or on PATH). `keyNames` are the environment variables that hold the
    /// configured providers' API keys: they are kept from the command (unless listed under its
    /// `env:`) and their values are redacted from its output.
    public static func resolve(
        _ config: ProviderConfig, root: URL, environment: [String: String],
        keyNames: Set<String> = []
    ) throws(InputError) -> ExecProvider {
        guard let command = config.command, let program = command.first, !program.isEmpty else {
            throw InputError(
                .error(ProjectConfig.fileName, "provider `\(config.name)` needs `command`, e.g. [python3, pipeline.py]")
            )
        }
        let fm = FileManager.default
        var candidates: [URL] = []
        if program.contains("/") {
            candidates = [program.hasPrefix("/") ? URL(fileURLWithPath: program) : root.appendingPathComponent(program)]
        } else {
            candidates = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map {
                URL(fileURLWithPath: String($0)).appendingPathComponent(program)
            }
        }
        guard let executable = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) }) else {
            throw InputError(
                .error(
                    ProjectConfig.fileName,
                    "provider `\(config.name)`: the command `\(program)` is not an executable file (looked \(program.contains("/") ? "at \(candidates.first?.path ?? program)" : "on PATH")); fix `command`"
                ))
        }
        // The process's own environment, with what the caller supplies on top.
        let full = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let withheld = keyNames.subtracting(config.passedEnvironment)
        let childEnvironment = full.filter { !withheld.contains($0.key) }
        let redactor = SecretRedactor(secrets: keyNames.compactMap { full[$0] })
        return ExecProvider(
            config: config, executable: executable, arguments: Array(command.dropFirst()), workingDirectory: root,
            environment: childEnvironment, redactor: redactor)
    }

    /// The JSON object written to the command's standard input.
    static func input(_ request: CompletionRequest) -> JSONValue {
        [
            "format": .number(Double(formatVersion)), "case_id": .string(request.caseID),
            "repeat": .number(Double(request.repeatIndex)),
            "model": .string(request.model), "temperature": .number(request.temperature),
            "max_tokens": .number(Double(request.maxTokens)),
            "output": .string(request.output.rawValue), "output_schema": request.outputSchema ?? .null,
            "messages": .array(
                request.messages.map { ["role": .string($0.role.rawValue), "content": .string($0.content)] }),
        ]
    }

    /// Never streams: a command answers once, when it exits.
    public static func capabilities(for config: ProviderConfig) -> ProviderCapabilities {
        ProviderCapabilities(streams: false)
    }

    public var capabilities: ProviderCapabilities { Self.capabilities(for: config) }

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let start = DispatchTime.now().uptimeNanoseconds
        let run: ProcessRun.Outcome
        do {
            run = try await ProcessRun.run(
                executable: executable, arguments: arguments, directory: workingDirectory, environment: environment,
                input: Array(JSONWriter.canonical(Self.input(request)).utf8), timeout: config.timeout,
                maxOutput: config.maxResponseBytes)
        } catch {
            throw error.providerError(provider: config.name)
        }
        let latency = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        // Redacted whole, before any cut or flattening, so no part of a key survives.
        let stdout = redactor.redact(bytes: run.stdout)
        let stderr = redactor.excerpt(
            String(decoding: redactor.redact(bytes: run.stderr).suffix(2000), as: UTF8.self), limit: 400)
        guard run.exitCode == 0 else {
            let ended =
                run.signal.map { "was killed by signal \($0)\(Self.signalName($0).map { " (\($0))" } ?? "")" }
                ?? "exited with code \(run.exitCode ?? -1)"
            throw ProviderError(
                .commandFailed,
                "provider `\(config.name)`: the command \(ended)\(stderr.isEmpty ? "" : "; stderr: \(stderr)")")
        }
        guard let json = try? JSONParser.parse(bytes: stdout), let output = json["output"]?.stringValue else {
            let shown = redactor.excerpt(String(decoding: stdout.prefix(200), as: UTF8.self), limit: 120)
            throw ProviderError(
                .invalidResponse,
                "provider `\(config.name)`: standard output must be one JSON object with a string `output`; got: \(shown)"
            )
        }
        let usage = json["usage"]
        return CompletionResponse(
            text: output, stopReason: json["stop_reason"]?.stringValue.flatMap(StopReason.init(rawValue:)) ?? .stop,
            usage: TokenUsage.reported(
                input: usage?["input_tokens"]?.numberValue, output: usage?["output_tokens"]?.numberValue),
            model: request.model, latencyMs: latency)
    }

    private static func signalName(_ signal: Int32) -> String? {
        [
            1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 6: "SIGABRT", 9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE",
            15: "SIGTERM",
        ][signal]
    }
}
