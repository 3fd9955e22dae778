import Foundation
import PromptGate

/// Runs N cases through the real pipeline against the fake LLM server while the server plays a
/// seeded mix of faults per attempt, then counts how every case ended. Used by the soak test and
/// `promptgate-bench soak`.
public struct FaultSoak: Sendable {
    /// Shares of attempts (0...1) that get each fault; the rest are answered correctly.
    public struct Mix: Sendable {
        public var rateLimited = 0.30
        public var serverError = 0.10
        public var hang = 0.05
        public var reset = 0.05
        public var malformed = 0.05

        public init() {}
    }

    /// How the cases ended, from the database.
    public struct Totals: Sendable, CustomStringConvertible {
        public var cases = 0
        public var stored = 0
        public var pass = 0
        public var fail = 0
        public var errorsByKind: [String: Int] = [:]
        public var deadLettered = 0
        public var serverRequests = 0
        public var faultsPlayed: [String: Int] = [:]
        public var wall = 0.0

        /// Cases with no stored outcome.
        public var lost: Int { cases - stored }

        public var description: String {
            let errors = errorsByKind.keys.sorted().map { "\($0) \(errorsByKind[$0] ?? 0)" }.joined(separator: ", ")
            let faults = faultsPlayed.keys.sorted().map { "\($0) \(faultsPlayed[$0] ?? 0)" }.joined(separator: ", ")
            return """
                cases \(cases): stored \(stored), lost \(lost) | pass \(pass), fail \(fail), error \(errorsByKind.values.reduce(0, +)) (\(errors.isEmpty ? "none" : errors)), dead-lettered \(deadLettered)
                server requests \(serverRequests); faults played: \(faults)
                wall \(String(format: "%.1f", wall)) s
                """
        }
    }

    public var cases: Int
    public var mix = Mix()
    public var concurrency = 32
    /// Seconds the client waits before abandoning a hung call.
    public var timeout = 1.0
    /// Seconds a hang lasts on the server.
    public var hangSeconds = 10.0
    /// The `retry-after` header sent with 429s.
    public var retryAfter = "1"
    public var retry = "retry:\n  max_attempts: 6\n  base_delay: 0.05\n  max_delay: 0.5\n"

    public init(cases: Int) {
        self.cases = cases
    }

    public func run() async throws -> Totals {
        let counter = FaultCounter()
        let mix = self.mix, hang = hangSeconds, retryAfter = self.retryAfter
        let server = try FakeLLMServer(latency: 0) { request in
            let fault = FaultSoak.fault(for: request.caseKey ?? "", attempt: request.attempt, mix: mix)
            counter.add(fault)
            switch fault {
            case "rate_limited": return .rateLimited(retryAfter: retryAfter)
            case "server_error": return .serverError(status: 503)
            case "hang": return .hang(seconds: hang)
            case "reset": return .resetMidBody
            case "malformed":
                return .raw(
                    .respond(
                        status: 200, headers: [("content-type", "application/json")],
                        body: Array("{\"id\": \"chatcmpl-1\", \"choices\": [".utf8)))
            default: return .content(#"{"label": "ok"}"#, inputTokens: 20, outputTokens: 6)
            }
        }
        defer { server.stop() }
        let lines = (1...cases).map { #"{"id": "s\#($0)", "vars": {"ref": "s\#($0)"}, "expected": {"label": "ok"}}"# }
            .joined(separator: "\n")
        let project = try TempProject(files: [
            "promptgate.yaml":
                "version: 1\ndefaults:\n  provider: live\nproviders:\n  live:\n    type: openai\n    base_url: \(server.openAIBaseURL)\n    api_key_env: PG_SOAK_KEY\n    timeout: \(timeout)\n\(retry)",
            "testsets/soak/cases.jsonl": lines,
            "testsets/soak/schema.json": #"{"type": "object", "required": ["label"]}"#,
            "prompts/soak/v1.md": "---\ntestset: soak\nmodel: m\nmax_tokens: 20\n---\n# user\ncase={{ref}} label it\n",
        ])
        defer { project.remove() }
        var options = RunCommand.Options(reference: PromptReference(name: "soak", version: 1), concurrency: concurrency)
        options.environment = ["PG_SOAK_KEY": "sk-soak-test-key"]
        options.writeReport = false
        let started = Date()
        let opened = try project.open()
        let outcome = try await RunCommand.run(project: opened, options: options)
        var totals = Totals()
        totals.wall = Date().timeIntervalSince(started)
        totals.cases = cases
        let store = try opened.openStore()
        let results = try store.results(runID: outcome.run.id ?? 0)
        totals.stored = Set(results.map(\.caseID)).count
        for r in results {
            switch r.verdict {
            case .pass: totals.pass += 1
            case .fail: totals.fail += 1
            case .error: totals.errorsByKind[r.errorKind ?? "unknown", default: 0] += 1
            }
        }
        totals.deadLettered = try store.deadLetterCount(runID: outcome.run.id ?? 0)
        totals.serverRequests = server.requests.count
        totals.faultsPlayed = counter.counts
        return totals
    }

    /// The fault for one attempt of one case: seeded by case and attempt, so runs reproduce.
    static func fault(for key: String, attempt: Int, mix: Mix) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(key)#\(attempt)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        var x = Double(hash % 10_000) / 10_000
        for (name, share) in [
            ("rate_limited", mix.rateLimited), ("server_error", mix.serverError), ("hang", mix.hang),
            ("reset", mix.reset), ("malformed", mix.malformed),
        ] {
            if x < share { return name }
            x -= share
        }
        return "ok"
    }
}

/// Counts the faults the server played (the server answers on many threads).
final class FaultCounter: Sendable {
    private let storage = Locked<[String: Int]>([:])

    func add(_ fault: String) {
        storage.withLock { $0[fault, default: 0] += 1 }
    }

    var counts: [String: Int] { storage.withLock { $0 } }
}
