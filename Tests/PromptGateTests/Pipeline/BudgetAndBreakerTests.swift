import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct BudgetAndBreakerTests {
        static func answering() throws -> FakeLLMServer {
            try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
        }

        @Test(arguments: [1, 4])
        func aCallCapStopsTheRunEarlyAndKeepsFinishedCases(concurrency: Int) async throws {
            let server = try Self.answering()
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_BUDGET_KEY", cases: 8)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_BUDGET_KEY").run {
                $0.concurrency = concurrency
                $0.budget = BudgetLimits(maxCalls: 3)
            }
            #expect(server.requests.count == 3, "no call may be issued after the cap")
            #expect(outcome.run.status == .aborted)
            #expect(outcome.run.abortReason?.contains("--max-calls 3") == true)
            #expect(outcome.exitStatus == .incomplete)
            let runID = try #require(outcome.run.id)
            let stored = try #require(try store.run(id: runID))
            #expect(
                stored.status == .aborted && stored.abortReason == outcome.run.abortReason && stored.finishedAt != nil)
            let results = try store.results(runID: runID)
            #expect(results.count == 3 && results.allSatisfy { $0.verdict == .pass })
        }

        @Test func aCostCapStopsIssuingCallsOnceReached() async throws {
            let server = try Self.answering()
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_BUDGET_KEY", cases: 6)
            defer { project.remove() }
            // Each call costs 12 × $1/M + 8 × $2/M = $0.000028; the cap is reached after two calls.
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_BUDGET_KEY").run {
                $0.concurrency = 1
                $0.budget = BudgetLimits(maxCostUSD: 0.00005)
            }
            #expect(server.requests.count == 2)
            #expect(outcome.run.status == .aborted && outcome.run.abortReason?.contains("--max-cost") == true)
            #expect(try store.results(runID: try #require(outcome.run.id)).count == 2)
        }

        @Test func aTokenCapCountsUsage() async throws {
            let server = try Self.answering()
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_BUDGET_KEY", cases: 6)
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_BUDGET_KEY").run {
                $0.concurrency = 1
                $0.budget = BudgetLimits(maxTokens: 50)
            }
            #expect(server.requests.count == 3)
            #expect(outcome.run.abortReason?.contains("60 tokens used (--max-tokens 50)") == true)
        }

        @Test func theBreakerStopsARunWhoseCallsKeepFailing() async throws {
            let server = try FakeLLMServer { _ in .serverError(status: 500) }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_BUDGET_KEY", cases: 30,
                extra: "retry:\n  max_attempts: 1\nbreaker:\n  window: 10\n  min_calls: 5\n  error_rate: 0.5\n")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_BUDGET_KEY").run {
                $0.concurrency = 2
            }
            #expect(outcome.run.status == .aborted)
            #expect(outcome.run.abortReason?.contains("circuit breaker open") == true)
            #expect(server.requests.count < 10)
            let runID = try #require(outcome.run.id)
            #expect(try store.results(runID: runID).count == server.requests.count)
        }

        @Test func aHealthyRunWithOccasionalFailuresIsNotStopped() async throws {
            let server = try FakeLLMServer { request in
                request.attempt == 1 && (Int(request.caseKey?.dropFirst() ?? "") ?? 0) % 3 == 0
                    ? .serverError(status: 503) : .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_BUDGET_KEY", cases: 30,
                extra: "retry:\n  base_delay: 0.01\nbreaker:\n  window: 10\n  min_calls: 5\n  error_rate: 0.5\n")
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_BUDGET_KEY").run()
            #expect(outcome.run.status == .completed && outcome.metrics.passed == 30)
        }
    }
}
