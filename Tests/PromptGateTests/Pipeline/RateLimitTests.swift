import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct RateLimitTests {
        @Test func aTokenBucketSpreadsCallsOverTheMinute() {
            var bucket = TokenBucket(perMinute: 120, now: 0)
            #expect([0, 0, 0, 0].map { bucket.reserve(1, now: $0) } == [0, 0, 0.5, 1.0])
            var tokens = TokenBucket(perMinute: 6000, now: 0)
            #expect(tokens.reserve(300, now: 0) == 2)
        }

        @Test func adaptiveConcurrencyHalvesOncePerRoundAndRecovers() {
            var limit = AdaptiveConcurrency(maximum: 8)
            #expect(limit.rateLimited(ticket: 0, nextTicket: 8) == 4)
            #expect(
                limit.rateLimited(ticket: 5, nextTicket: 8) == nil,
                "calls admitted before the decrease do not decrease again")
            #expect(limit.rateLimited(ticket: 8, nextTicket: 12) == 2)
            #expect([limit.succeeded(), limit.succeeded(), limit.succeeded()] == [nil, 3, nil])
        }

        @Test func requestsPerMinuteIsHonoured() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RATE_KEY", cases: 6,
                providerExtra: "    requests_per_minute: 120")
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_RATE_KEY").run { $0.concurrency = 6 }
            #expect(outcome.metrics.passed == 6)
            let times = server.requests.map(\.monotonicTime)
            let span = (times.max() ?? 0) - (times.min() ?? 0)
            #expect(span >= 1.9, "6 calls at 2 per second (one second's burst) need at least 2 s, took \(span)")
            for t in times { #expect(times.filter { $0 >= t && $0 < t + 0.99 }.count <= 3) }
        }

        @Test func callsArePacedByTheRateLimitHeadersWithoutA429Storm() async throws {
            let window = RateLimitWindow(limit: 10, window: 1)
            let server = try FakeLLMServer { request in
                window.reply(request, text: LiveProject.goodAnswer(request.caseKey ?? ""), delay: 0.03)
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RATE_KEY", cases: 40, extra: "retry:\n  max_attempts: 6\n")
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_RATE_KEY")
            let start = Date()
            let (outcome, _) = try await run.run { $0.concurrency = 8 }
            let elapsed = Date().timeIntervalSince(start)
            #expect(outcome.metrics.passed == 40)
            let (served, rejected) = window.counts
            #expect(served == 40 && rejected <= 3, "paced by the headers, not by 429s: \(rejected) rejected")
            #expect(
                !run.logLines.lines.contains { $0.contains("lowered") }, "a 429 with a wait does not halve concurrency")
            #expect(40 / elapsed >= 0.75 * 10, "throughput \(40 / elapsed)/s of the 10/s allowed")
        }

        @Test func a429LowersConcurrencyWhichThenRecovers() async throws {
            let server = try FakeLLMServer(latency: 0.03) { request in
                .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            server.enqueue(Array(repeating: .rateLimited(retryAfter: "0"), count: 6))
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RATE_KEY", cases: 24, extra: "retry:\n  base_delay: 0.01\n")
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_RATE_KEY")
            let (outcome, _) = try await run.run { $0.concurrency = 6 }
            #expect(outcome.metrics.passed == 24)
            let lines = run.logLines.lines.filter { $0.hasPrefix("concurrency:") }
            #expect(lines.first == "concurrency: lowered to 3 after a 429", "\(lines)")
            // Six 429s arrive in about one round; the limit drops per round, not per 429 (the exact
            // count depends on how the replies interleave, so it is bounded, not pinned).
            #expect(
                (1...2).contains(lines.filter { $0.contains("lowered") }.count),
                "at most a decrease per round: \(lines)")
            #expect(lines.contains("concurrency: raised to 4"), "\(lines)")
        }
    }
}
