import Foundation

/// Runs a configured command once per call (`type: exec`, `command: [python3, pipeline.py]`):
/// the request goes to its standard input as one JSON object, its standard output must be
/// `{"output": "...", "stop_reason": "stop", "usage": {"input_tokens": N, "output_tokens": N}}`.
/// A timeout kills it (retryable); a non-zero exit or unreadable output is an error that keeps
/// the exit code and the end of standard error.
public struct ExecProvider: Provider {
    /// The stdin format version.
    public static let formatVersion = 1
    let config: ProviderConfig
    let executable: URL
    let arguments: [String]
    let workingDirectory: URL

    /// A provider for `config`; the command is resolved (PATH lookup) by `resolve`.
    init(config: ProviderConfig, executable: URL, arguments: [String], workingDirectory: URL) {
        self.config = config
        self.executable = executable
        self.arguments = arguments
        self.workingDirectory = workingDirectory
    }

    /// Checks the command before any call: it must name an executable file (absolute, relative to
    /// the project root, or on PATH).
    public static func resolve(_ config: ProviderConfig, root: URL, environment: [String: String]) throws(InputError) -> ExecProvider {
        guard let command = config.command, let program = command.first, !program.isEmpty else {
            throw InputError(.error(ProjectConfig.fileName, "provider `\(config.name)` needs `command`, e.g. [python3, pipeline.py]"))
        }
        let fm = FileManager.default
        var candidates: [URL] = []
        if program.contains("/") {
            candidates = [program.hasPrefix("/") ? URL(fileURLWithPath: program) : root.appendingPathComponent(program)]
        } else {
            candidates = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(program) }
        }
        guard let executable = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) }) else {
            throw InputError(.error(ProjectConfig.fileName, "provider `\(config.name)`: the command `\(program)` is not an executable file (looked \(program.contains("/") ? "at \(candidates.first?.path ?? program)" : "on PATH")); fix `command`"))
        }
        return ExecProvider(config: config, executable: executable, arguments: Array(command.dropFirst()), workingDirectory: root)
    }

    /// The JSON object written to the command's standard input.
    static func input(_ request: CompletionRequest) -> JSONValue {
        [
            "format": .number(Double(formatVersion)), "case_id": .string(request.caseID), "repeat": .number(Double(request.repeatIndex)),
            "model": .string(request.model), "temperature": .number(request.temperature), "max_tokens": .number(Double(request.maxTokens)),
            "output": .string(request.output.rawValue), "output_schema": request.outputSchema ?? .null,
            "messages": .array(request.messages.map { ["role": .string($0.role.rawValue), "content": .string($0.content)] }),
        ]
    }

    public func complete(_ request: CompletionRequest) async throws(ProviderError) -> CompletionResponse {
        let start = DispatchTime.now().uptimeNanoseconds
        let run: ProcessRun.Outcome
        do {
            run = try await ProcessRun.run(executable: executable, arguments: arguments, directory: workingDirectory,
                                           input: Array(JSONWriter.canonical(Self.input(request)).utf8), timeout: config.timeout)
        } catch {
            throw error.providerError(provider: config.name)
        }
        let latency = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let stderr = SecretRedactor(secrets: []).excerpt(String(decoding: run.stderr.suffix(2000), as: UTF8.self), limit: 400)
        guard run.exitCode == 0 else {
            throw ProviderError(.commandFailed, "provider `\(config.name)`: the command exited with code \(run.exitCode)\(stderr.isEmpty ? "" : "; stderr: \(stderr)")")
        }
        guard let json = try? JSONParser.parse(bytes: run.stdout), let output = json["output"]?.stringValue else {
            let shown = SecretRedactor(secrets: []).excerpt(String(decoding: run.stdout.prefix(200), as: UTF8.self), limit: 120)
            throw ProviderError(.invalidResponse, "provider `\(config.name)`: standard output must be one JSON object with a string `output`; got: \(shown)")
        }
        let usage = json["usage"]
        return CompletionResponse(
            text: output, stopReason: json["stop_reason"]?.stringValue.flatMap(StopReason.init(rawValue:)) ?? .stop,
            usage: TokenUsage(inputTokens: Int(usage?["input_tokens"]?.numberValue ?? 0), outputTokens: Int(usage?["output_tokens"]?.numberValue ?? 0)),
            model: request.model, latencyMs: latency)
    }
}
