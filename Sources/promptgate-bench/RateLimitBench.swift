import Foundation
import PromptGate
import PromptGateTestSupport

/// `promptgate-bench ratelimit`: a run of `cases` cases at concurrency 8 against the fake server
/// enforcing `rpm` requests per minute in fixed windows of `window` seconds, with real 429s and
/// OpenAI's `x-ratelimit-*` headers. Prints the throughput achieved as a share of the limit, and
/// the 429s (target: at least 0.9 of the limit, no 429 storm).
enum RateLimitBench {
    static func run(arguments: [String]) async throws -> String {
        func value(_ flag: String, _ fallback: Double) -> Double {
            arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? Double(arguments[$0 + 1]) : nil }
                ?? fallback
        }
        let rpm = value("--rpm", 600), windowSeconds = value("--window", 5), cases = Int(value("--cases", 200))
        let window = RateLimitWindow(limit: Int(rpm * windowSeconds / 60), window: windowSeconds)
        let server = try FakeLLMServer { request in window.reply(request, text: #"{"ok": true}"#, delay: 0.05) }
        defer { server.stop() }
        let lines = (1...cases).map { #"{"id": "c\#($0)", "vars": {"ref": "c\#($0)"}, "expected": {"ok": true}}"# }
            .joined(separator: "\n")
        let project = try TempProject(files: [
            "promptgate.yaml":
                "version: 1\ndefaults:\n  provider: live\n  concurrency: 8\nproviders:\n  live:\n    type: openai\n    base_url: \(server.openAIBaseURL)\n    api_key_env: BENCH_KEY\nretry:\n  max_attempts: 8\n",
            "testsets/t/cases.jsonl": lines,
            "prompts/p/v1.md": "---\ntestset: t\nmodel: m\nmax_tokens: 20\n---\n# user\ncase={{ref}} answer\n",
        ])
        defer { project.remove() }
        var options = RunCommand.Options(reference: PromptReference(name: "p", version: 1))
        options.environment = ["BENCH_KEY": "bench-key"]
        options.writeReport = false
        let lowered = Counter()
        options.log = { line in if line.contains("lowered") { lowered.add() } }
        let start = Date()
        let outcome = try await RunCommand.run(project: try project.open(), options: options)
        let elapsed = Date().timeIntervalSince(start)
        let (served, rejected) = window.counts
        let allowed = rpm / 60
        let achieved = Double(served) / elapsed
        // The server's view: answered requests per second from the first request to the last one.
        let times = server.requests.map(\.monotonicTime)
        let span = (times.max() ?? 0) - (times.min() ?? 0)
        let atServer = span > 0 ? Double(served - 1) / span : 0
        return String(
            format:
                "Rate limit: %d cases, limit %.0f requests/min (%d per %.0f s window), concurrency 8: %.2f requests/s over the whole run (start-up included) of %.2f allowed = %.2f of R; %.2f requests/s at the server from first to last request = %.2f of R; %d answered, %d rejected with 429 (%.1f%% of requests); concurrency lowered %d times; %d passed",
            cases, rpm, window.limit, windowSeconds, achieved, allowed, achieved / allowed, atServer,
            atServer / allowed, served, rejected,
            Double(rejected) / Double(max(1, served + rejected)) * 100, lowered.value, outcome.metrics.passed)
            + ", run \(outcome.run.status.rawValue)"
    }
}

/// A thread-safe count.
final class Counter: Sendable {
    private let count = Locked(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
