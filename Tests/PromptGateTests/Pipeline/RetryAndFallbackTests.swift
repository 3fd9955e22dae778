import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct RetryAndFallbackTests {
        static let fastRetry = "retry:\n  max_attempts: 4\n  base_delay: 0.01\n  max_delay: 0.05\n"

        @Test(arguments: [FakeReply.badRequest, .unauthorized(echo: nil)])
        func fatalStatusesAreAttemptedExactlyOnce(reply: FakeReply) async throws {
            let server = try FakeLLMServer { request in
                request.caseKey == "c1" ? reply : .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RETRY_KEY", extra: Self.fastRetry)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RETRY_KEY").run()
            #expect(server.log(forCase: "c1").count == 1)
            let runID = try #require(outcome.run.id)
            let c1 = try #require(try store.results(runID: runID).first { $0.caseID == "c1" })
            #expect(c1.verdict == .error && c1.attemptCount == 1)
            #expect(try store.attempts(runID: runID).filter { $0.caseID == "c1" }.count == 1)
            if case .unauthorized = reply {
                // A rejected key stops the whole run at once: the other cases may or may not have answered.
                #expect(outcome.metrics.passed <= 2)
            } else {
                #expect(outcome.metrics.passed == 2)
            }
        }

        @Test func aRateLimitWaitsAtLeastRetryAfter() async throws {
            let server = try FakeLLMServer { _ in .content(LiveProject.goodAnswer("c1")) }
            defer { server.stop() }
            server.script("c1", [.rateLimited(retryAfter: "2")])
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RETRY_KEY", cases: 1, extra: Self.fastRetry)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RETRY_KEY").run()
            let log = server.log(forCase: "c1")
            #expect(log.count == 2)
            let gap = log[1].recorded.monotonicTime - log[0].recorded.monotonicTime
            #expect(gap >= 2.0, "the retry came \(gap) s after the 429 with retry-after: 2")
            #expect(gap < 4.0)
            let attempts = try store.attempts(runID: try #require(outcome.run.id))
            #expect(attempts.map(\.statusCode) == [429, 200])
            #expect(attempts.map(\.errorKind) == ["rate_limited", nil])
            #expect(attempts[1].waitMs >= 2000)
            #expect(outcome.metrics.passed == 1)
        }

        @Test func successiveWaitsGrowAndAreJittered() async throws {
            let server = try FakeLLMServer { request in
                request.attempt <= 3
                    ? .serverError(status: [500, 502, 503][request.attempt - 1])
                    : .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RETRY_KEY", cases: 12,
                extra: "retry:\n  max_attempts: 4\n  base_delay: 0.04\n  max_delay: 1\nbreaker:\n  error_rate: 1\n")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RETRY_KEY").run {
                $0.concurrency = 12
            }
            #expect(outcome.metrics.passed == 12)
            let attempts = try store.attempts(runID: try #require(outcome.run.id))
            #expect(attempts.count == 48)
            var waitsByRetry: [Int: [Double]] = [:]
            for attempt in attempts where attempt.attempt > 1 {
                waitsByRetry[attempt.attempt - 1, default: []].append(attempt.waitMs)
            }
            for (retry, ceiling) in [(1, 40.0), (2, 80.0), (3, 160.0)] {
                let waits = try #require(waitsByRetry[retry])
                #expect(waits.count == 12)
                #expect(waits.allSatisfy { $0 >= 0 && $0 <= ceiling + 0.001 }, "retry \(retry): \(waits)")
                #expect(Set(waits).count > 1, "waits before retry \(retry) are identical across cases: no jitter")
            }
            let mean = { (xs: [Double]) in xs.reduce(0, +) / Double(xs.count) }
            #expect(mean(waitsByRetry[3] ?? []) > mean(waitsByRetry[1] ?? []), "waits must grow: \(waitsByRetry)")
            for key in (1...12).map({ "c\($0)" }) {
                let times = server.log(forCase: key).map(\.recorded.monotonicTime)
                let rows = attempts.filter { $0.caseID == key }
                for i in 1..<times.count {
                    #expect(
                        times[i] - times[i - 1] >= rows[i].waitMs / 1000 - 0.002,
                        "case \(key): the server saw the retry before the stored wait")
                }
            }
        }

        @Test func aHangIsCutByTheTimeoutAndRetried() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.script("c1", [.hang(seconds: 5)])
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RETRY_KEY", cases: 1, timeout: 0.5, extra: Self.fastRetry)
            defer { project.remove() }
            let start = Date()
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RETRY_KEY").run()
            #expect(Date().timeIntervalSince(start) < 3)
            let attempts = try store.attempts(runID: try #require(outcome.run.id))
            #expect(attempts.map(\.errorKind) == ["timeout", nil])
            #expect(attempts[0].latencyMs >= 450 && attempts[0].latencyMs < 2000)
            #expect(server.log(forCase: "c1").count == 2)
            #expect(outcome.metrics.passed == 1)
        }

        @Test(arguments: [FakeReply.resetMidBody, .truncated, .serverError(status: 502), .overloaded])
        func transportAndServerFaultsAreRetried(reply: FakeReply) async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.script("c1", [reply, reply])
            let project = try LiveProject.make(
                base: server.anthropicBaseURL, type: "anthropic", keyEnv: "PG_RETRY_KEY", cases: 1,
                extra: Self.fastRetry)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RETRY_KEY").run()
            #expect(server.log(forCase: "c1").count == 3)
            #expect(
                try store.attempts(runID: try #require(outcome.run.id)).map { $0.errorKind == nil } == [
                    false, false, true,
                ])
            #expect(outcome.metrics.passed == 1)
        }

        @Test func afterExhaustionTheFallbackModelAnswersAndIsRecorded() async throws {
            let server = try FakeLLMServer { request in
                request.model == "backup-model"
                    ? .content(LiveProject.goodAnswer(request.caseKey ?? "")) : .serverError(status: 503)
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RETRY_KEY", cases: 2,
                prompt: LiveProject.prompt(fallback: "backup-model"),
                extra: "retry:\n  max_attempts: 3\n  base_delay: 0.01\n")
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_RETRY_KEY")
            let (outcome, store) = try await run.run()
            let runID = try #require(outcome.run.id)
            for result in try store.results(runID: runID) {
                #expect(
                    result.modelUsed == "backup-model" && result.fallbackUsed && result.verdict == .pass
                        && result.attemptCount == 4)
                #expect(
                    result.costUSD
                        == ModelPrice(inputPerMillion: 0.5, outputPerMillion: 1).cost(inputTokens: 12, outputTokens: 8))
            }
            let attempts = try store.attempts(runID: runID).filter { $0.caseID == "c1" }
            #expect(attempts.map(\.model) == ["test-model", "test-model", "test-model", "backup-model"])
            #expect(attempts.map(\.phase) == [.primary, .primary, .primary, .fallback])
            #expect(server.log.filter { $0.model == "test-model" }.count == 6)
            #expect(run.logLines.lines.contains { $0.hasPrefix("fallback: case c1") })
        }

        @Test func aContextLengthFailureGoesStraightToTheFallback() async throws {
            let server = try FakeLLMServer { request in
                request.model == "backup-model"
                    ? .content(LiveProject.goodAnswer(request.caseKey ?? "")) : .contextLength
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RETRY_KEY", cases: 1,
                prompt: LiveProject.prompt(fallback: "backup-model"), extra: Self.fastRetry)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RETRY_KEY").run()
            let runID = try #require(outcome.run.id)
            let attempts = try store.attempts(runID: runID)
            #expect(attempts.map(\.errorKind) == ["context_length", nil])
            #expect(try store.results(runID: runID).first?.fallbackUsed == true)
        }

        @Test func withoutAFallbackExhaustionIsAnErrorNotAFailure() async throws {
            let server = try FakeLLMServer { _ in .serverError(status: 500) }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RETRY_KEY", cases: 1,
                extra: "retry:\n  max_attempts: 2\n  base_delay: 0.01\n")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RETRY_KEY").run()
            #expect(server.requests.count == 2)
            let runID = try #require(outcome.run.id)
            let result = try #require(try store.results(runID: runID).first)
            #expect(result.verdict == .error && result.errorKind == "server_error" && !result.fallbackUsed)
            #expect(outcome.exitStatus == .incomplete)
        }
    }
}
