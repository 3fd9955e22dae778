import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct PipelineConfigTests {
    func load(_ yaml: String) throws -> (ProjectConfig, [Diagnostic]) {
        let project = try TempProject(files: ["promptgate.yaml": yaml])
        defer { project.remove() }
        var bag = DiagnosticBag()
        return (ProjectConfig.load(root: project.root, into: &bag), bag.items)
    }

    @Test func readsRetryBreakerAndProviderLimits() throws {
        let (config, diagnostics) = try load(
            """
            version: 1
            providers:
              replay:
                type: replay
              live:
                type: anthropic
                base_url: http://127.0.0.1:9
                api_key_env: K
                timeout: 12
                structured_output: json_schema
                requests_per_minute: 500
                tokens_per_minute: 90000
            retry:
              max_attempts: 6
              base_delay: 0.25
              max_delay: 8
              reask: 2
            breaker:
              window: 30
              min_calls: 10
              error_rate: 0.6
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.retry == RetryPolicy(baseDelay: 0.25, maxDelay: 8, maxAttempts: 6, reasks: 2))
        #expect(config.breaker == BreakerSettings(window: 30, minCalls: 10, errorRate: 0.6))
        let live = try #require(config.providers["live"])
        #expect(
            live.timeout == 12 && live.structuredOutput == .jsonSchema && live.requestsPerMinute == 500
                && live.tokensPerMinute == 90000)
    }

    @Test(
        arguments: [
            ("version: 1\nretry:\n  max_attempts: 0\n", 3, "`max_attempts` must be at least 1"),
            ("version: 1\nretry:\n  base_delay: fast\n", 3, "must be a number"),
            ("version: 1\nretry:\n  jitter: full\n", 3, "unknown key `jitter`"),
            ("version: 1\nbreaker:\n  error_rate: 2\n", 3, "between 0 and 1"),
            (
                "version: 1\nproviders:\n  replay:\n    type: replay\n  o:\n    type: openai\n    base_url: http://127.0.0.1:9\n    api_key_env: K\n    structured_output: xml\n",
                9, "`structured_output` must be one of"
            ),
            (
                "version: 1\nproviders:\n  replay:\n    type: replay\n  o:\n    type: openai\n    base_url: http://127.0.0.1:9\n    api_key_env: K\n    requests_per_minute: -1\n",
                9, "must be a positive number"
            ),
            (
                "version: 1\nproviders:\n  replay:\n    type: replay\n    stream: false\n", 5,
                "`stream` applies only to `type: openai` and `type: anthropic`"
            ),
            (
                "version: 1\nproviders:\n  o:\n    type: openai\n    base_url: http://127.0.0.1:9\n    api_key_env: K\n    stream: sometimes\n",
                7, "stream"
            ),
        ] as [(String, Int, String)])
    func badPipelineKeysNameTheLine(yaml: String, line: Int, fragment: String) throws {
        let (_, diagnostics) = try load(yaml)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.line == line, "\(diagnostics)")
        #expect(error.message.contains(fragment), "\(diagnostics)")
    }
}
