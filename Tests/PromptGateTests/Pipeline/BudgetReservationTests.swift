import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// `--max-cost` holds under concurrency; calls that may have been billed count at their estimate.
    @Suite struct BudgetReservationTests {
        @Test func spendingPassesTheCapByAtMostOneCallsWorstCase() async throws {
            let server = try FakeLLMServer(latency: 0.05) { request in
                .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_RESERVE_KEY", cases: 40)
            defer { project.remove() }
            // A call costs $0.000028 (12 in × $1/M + 8 out × $2/M); its worst case is ~$0.00012 (50 out × $2/M + input).
            let cap = 0.0001
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RESERVE_KEY").run {
                $0.concurrency = 8
                $0.budget = BudgetLimits(maxCostUSD: cap)
            }
            let runID = try #require(outcome.run.id)
            let spent = try store.callFacts(runID: runID).spentUSD
            let plan = try project.open().plan("sentiment", version: 1)
            let worstCase = CallLoop.worstCaseCost(
                try #require(plan.calls.first).request, pricing: try project.open().config.pricing)
            #expect(outcome.run.status == .aborted)
            #expect(spent <= cap + worstCase, "spent \(spent) with cap \(cap) and worst case \(worstCase)")
            #expect(server.requests.count < 8, "not every slot fires at once: \(server.requests.count) calls")
            let reason = try #require(outcome.run.abortReason)
            #expect(
                reason.contains(String(format: "$%.4f spent", spent)),
                "the abort message states what the database holds: \(reason) vs \(spent)")
        }

        @Test func aTimedOutCallCountsAtItsEstimatedCost() async throws {
            let server = try FakeLLMServer { _ in .hang(seconds: 3) }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_RESERVE_KEY", cases: 1, timeout: 0.3,
                extra: "retry:\n  max_attempts: 1")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_RESERVE_KEY").run()
            let runID = try #require(outcome.run.id)
            let attempt = try #require(try store.attempts(runID: runID).first)
            #expect(attempt.errorKind == "timeout" && attempt.costEstimated && attempt.costUSD > 0)
            let facts = try store.callFacts(runID: runID)
            #expect(facts.estimatedUSD == attempt.costUSD && facts.spentUSD == attempt.costUSD)
            let report = try String(contentsOf: try #require(outcome.reportURL), encoding: .utf8)
            #expect(report.contains("estimated for calls that timed out or were cut off"), "\(report)")
        }
    }
}
