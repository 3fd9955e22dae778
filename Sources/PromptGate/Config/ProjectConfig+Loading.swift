import Foundation

extension ProjectConfig {
    /// Loads `promptgate.yaml` from `root`; a missing file means the defaults. Every problem is
    /// collected in `bag` with its line.
    public static func load(root: URL, into bag: inout DiagnosticBag) -> ProjectConfig {
        var config = ProjectConfig(root: root)
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return config }
        let text: String
        do {
            text = try TextFile.read(url.path, display: fileName)
        } catch {
            bag.append(contentsOf: error.diagnostics)
            return config
        }
        guard var yaml = YAMLMapping.parse(text, file: fileName, into: &bag) else { return config }
        if let version = yaml.int("version", required: true, into: &bag), version != formatVersion {
            bag.append(
                .error(
                    fileName, line: yaml.lineOf("version"),
                    "unsupported config version \(version); this promptgate reads version \(formatVersion)"))
        }
        for (key, target) in [("database", \ProjectConfig.databasePath), ("reports", \ProjectConfig.reportsDirectory)] {
            guard let path = yaml.string(key, into: &bag) else { continue }
            if let problem = ProjectPath.problem(path, key: key, root: root) {
                bag.append(.error(fileName, line: yaml.lineOf(key), problem))
            } else {
                config[keyPath: target] = path
            }
        }
        var defaultProviderLine = yaml.lineOf("providers")
        if var defaults = yaml.mapping("defaults", into: &bag) {
            if let provider = defaults.string("provider", into: &bag) {
                config.defaultProvider = provider
                defaultProviderLine = defaults.lineOf("provider")
            }
            if let n = defaults.int("concurrency", into: &bag) {
                if n < 1 {
                    bag.append(
                        .error(fileName, line: defaults.lineOf("concurrency"), "`concurrency` must be at least 1"))
                }
                config.concurrency = max(1, n)
            }
            if let n = defaults.int("repeats", into: &bag) {
                if !(1...ProjectConfig.maxRepeats).contains(n) {
                    bag.append(
                        .error(
                            fileName, line: defaults.lineOf("repeats"),
                            "`repeats` must be a whole number from 1 to \(ProjectConfig.maxRepeats)"))
                }
                config.repeats = min(max(1, n), ProjectConfig.maxRepeats)
            }
            defaults.reportUnknownKeys(into: &bag, allowed: ["provider", "concurrency", "repeats"])
        }
        var declaredProviders: Set<String> = []
        if var providers = yaml.mapping("providers", into: &bag) {
            config.providers = [:]
            declaredProviders = Set(providers.keys)
            for name in providers.keys {
                guard var entry = providers.mapping(name, into: &bag) else { continue }
                if let provider = loadProvider(name: name, from: &entry, root: root, into: &bag) {
                    config.providers[name] = provider
                }
            }
        }
        if var pricing = yaml.mapping("pricing", into: &bag) {
            for model in pricing.keys {
                guard var entry = pricing.mapping(model, into: &bag) else { continue }
                let input = entry.double(
                    "input", required: true, in: .nonNegative, unit: " US dollars per million tokens", into: &bag)
                let output = entry.double(
                    "output", required: true, in: .nonNegative, unit: " US dollars per million tokens", into: &bag)
                let batchRate = entry.double("batch", in: .fraction, into: &bag)
                entry.reportUnknownKeys(into: &bag, allowed: ["input", "output", "batch"])
                if let input, let output {
                    var price = ModelPrice(inputPerMillion: input, outputPerMillion: output)
                    if let batchRate { price.batchRate = batchRate }
                    config.pricing[model] = price
                }
            }
        }
        if var retry = yaml.mapping("retry", into: &bag) {
            config.retry = loadRetry(from: &retry, into: &bag)
        }
        if var breaker = yaml.mapping("breaker", into: &bag) {
            config.breaker = loadBreaker(from: &breaker, into: &bag)
        }
        if var gate = yaml.mapping("gate", into: &bag) { config.gate.apply(&gate, into: &bag) }
        if var batch = yaml.mapping("batch", into: &bag) { config.batch = loadBatch(from: &batch, into: &bag) }
        yaml.reportUnknownKeys(
            into: &bag,
            allowed: [
                "version", "database", "reports", "defaults", "providers", "pricing", "retry", "breaker", "gate",
                "batch",
            ])
        // A declared provider that failed to load has its own error; do not repeat it here.
        if config.providers[config.defaultProvider] == nil && !declaredProviders.contains(config.defaultProvider) {
            bag.append(
                .error(
                    fileName, line: defaultProviderLine,
                    "the default provider `\(config.defaultProvider)` is not defined under `providers:`"))
        }
        return config
    }

    private static func loadRetry(from entry: inout YAMLMapping, into bag: inout DiagnosticBag) -> RetryPolicy {
        var policy = RetryPolicy()
        if let n = entry.int("max_attempts", into: &bag) {
            if n < 1 {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("max_attempts"),
                        "`max_attempts` must be at least 1 (1 = no retries)"))
            }
            policy.maxAttempts = max(1, n)
        }
        if let x = entry.double("base_delay", in: .seconds, unit: " seconds", into: &bag) {
            if x < 0 {
                bag.append(
                    .error(fileName, line: entry.lineOf("base_delay"), "`base_delay` must be zero or more seconds"))
            }
            policy.baseDelay = max(0, x)
        }
        if let x = entry.double("max_delay", in: .seconds, unit: " seconds", into: &bag) {
            if x < 0 {
                bag.append(
                    .error(fileName, line: entry.lineOf("max_delay"), "`max_delay` must be zero or more seconds"))
            }
            policy.maxDelay = max(0, x)
        }
        if let x = entry.double("max_retry_wait", into: &bag) {
            if !(x >= 0) || !x.isFinite {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("max_retry_wait"), "`max_retry_wait` must be zero or more seconds")
                )
            }
            policy.maxRetryWait = x.isFinite ? max(0, x) : policy.maxRetryWait
        }
        if let n = entry.int("reask", into: &bag) {
            if n < 0 { bag.append(.error(fileName, line: entry.lineOf("reask"), "`reask` must be zero or more")) }
            policy.reasks = max(0, n)
        }
        if let on = entry.bool("reask_refusals", into: &bag) { policy.reaskRefusals = on }
        entry.reportUnknownKeys(
            into: &bag,
            allowed: ["max_attempts", "base_delay", "max_delay", "reask", "reask_refusals", "max_retry_wait"])
        return policy
    }

    private static func loadBreaker(from entry: inout YAMLMapping, into bag: inout DiagnosticBag) -> BreakerSettings {
        var settings = BreakerSettings()
        for (key, path) in [("window", \BreakerSettings.window), ("min_calls", \BreakerSettings.minCalls)] {
            guard let n = entry.int(key, into: &bag) else { continue }
            if n < 1 { bag.append(.error(fileName, line: entry.lineOf(key), "`\(key)` must be at least 1")) }
            settings[keyPath: path] = max(1, n)
        }
        if let rate = entry.double("error_rate", into: &bag) {
            if !(0...1).contains(rate) {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("error_rate"),
                        "`error_rate` must be between 0 and 1 (1 turns the breaker off)"))
            }
            settings.errorRate = rate
        }
        entry.reportUnknownKeys(into: &bag, allowed: ["window", "min_calls", "error_rate"])
        return settings
    }

    private static func loadProvider(
        name: String, from entry: inout YAMLMapping, root: URL, into bag: inout DiagnosticBag
    ) -> ProviderConfig? {
        let kinds = ProviderConfig.Kind.allCases.map(\.rawValue)
        // Every key is read before the type is judged, so a typo next to a bad type is reported too.
        let type = entry.string("type", required: true, into: &bag)
        let baseURL = entry.string("base_url", into: &bag)
        let apiKeyEnv = entry.string("api_key_env", into: &bag)
        let command = entry.stringList("command", into: &bag)
        let timeout = entry.double("timeout", into: &bag)
        let structuredOutput = entry.string("structured_output", into: &bag)
        let maxResponseBytes = entry.int("max_response_bytes", into: &bag)
        let stream = entry.bool("stream", into: &bag)
        let env = entry.stringList("env", into: &bag)
        let rates = [
            ("requests_per_minute", entry.double("requests_per_minute", into: &bag)),
            ("tokens_per_minute", entry.double("tokens_per_minute", into: &bag)),
        ]
        let dependsOn = entry.stringList("depends_on", into: &bag)
        let parameters = ModelParameters.load(from: &entry, file: fileName, into: &bag)
        var models: [String: ModelParameters] = [:]
        if var mapping = entry.mapping("models", into: &bag) {
            for model in mapping.keys {
                guard var item = mapping.mapping(model, into: &bag) else { continue }
                models[model] = ModelParameters.load(from: &item, file: fileName, into: &bag)
                item.reportUnknownKeys(into: &bag, allowed: ["token_parameter", "sampling"])
            }
        }
        entry.reportUnknownKeys(
            into: &bag,
            allowed: [
                "type", "base_url", "api_key_env", "command", "timeout", "structured_output", "requests_per_minute",
                "tokens_per_minute",
                "token_parameter", "sampling", "models", "depends_on", "max_response_bytes", "env", "stream",
            ])
        guard let type else { return nil }
        guard let kind = ProviderConfig.Kind(rawValue: type) else {
            bag.append(
                .error(
                    fileName, line: entry.lineOf("type"),
                    "provider `\(name)` has unknown type `\(type)`; expected one of: \(kinds.joined(separator: ", "))"))
            return nil
        }
        var provider = ProviderConfig(name: name, kind: kind)
        provider.baseURL = baseURL
        provider.apiKeyEnv = apiKeyEnv
        provider.command = command
        provider.passedEnvironment = env ?? []
        if let stream {
            if kind != .openai && kind != .anthropic {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("stream"),
                        "provider `\(name)`: `stream` applies only to `type: openai` and `type: anthropic` providers (a `\(kind.rawValue)` provider never streams)"
                    ))
            }
            provider.stream = stream
        }
        if let maxResponseBytes {
            if maxResponseBytes < 1 {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("max_response_bytes"),
                        "provider `\(name)`: `max_response_bytes` must be a positive number of bytes"))
            }
            provider.maxResponseBytes = max(1, maxResponseBytes)
        }
        provider.parameters = parameters
        provider.models = models
        if let timeout {
            if !NumberRange.positiveSeconds.contains(timeout) {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("timeout"),
                        "provider `\(name)`: `timeout` must be a positive number of seconds, at most 86400"))
            }
            provider.timeout = timeout
        }
        if let mode = structuredOutput {
            if let value = StructuredOutput(rawValue: mode) {
                provider.structuredOutput = value
            } else {
                bag.append(
                    .error(
                        fileName, line: entry.lineOf("structured_output"),
                        "`structured_output` must be one of: \(StructuredOutput.allCases.map(\.rawValue).joined(separator: ", ")); got `\(mode)`"
                    ))
            }
        }
        for (key, value) in rates {
            guard let value else { continue }
            if value <= 0 {
                bag.append(.error(fileName, line: entry.lineOf(key), "`\(key)` must be a positive number"))
            }
            if key == "requests_per_minute" {
                provider.requestsPerMinute = value
            } else {
                provider.tokensPerMinute = value
            }
        }
        switch kind {
        case .openai, .anthropic:
            if let url = provider.baseURL {
                BaseURLCheck.check(
                    url, provider: name, sendsKey: provider.apiKeyEnv != nil, line: entry.lineOf("base_url"), into: &bag
                )
            } else {
                bag.append(.error(fileName, line: entry.line, "provider `\(name)` needs `base_url`"))
            }
            if provider.apiKeyEnv == nil {
                bag.append(
                    .error(
                        fileName, line: entry.line,
                        "provider `\(name)` needs `api_key_env`: the name of the environment variable holding the key"))
            }
        case .exec:
            if provider.command?.isEmpty ?? true {
                bag.append(
                    .error(
                        fileName, line: entry.line, "provider `\(name)` needs `command`, e.g. [python3, pipeline.py]"))
            }
            provider.dependencies = ProviderDependencies.resolve(
                patterns: dependsOn, command: provider.command, root: root, provider: name,
                line: entry.lineOf("depends_on"), into: &bag)
        case .replay:
            break
        }
        if dependsOn != nil && kind != .exec {
            bag.append(
                .error(
                    fileName, line: entry.lineOf("depends_on"),
                    "provider `\(name)`: `depends_on` applies only to `type: exec` providers"))
        }
        return provider
    }
}
