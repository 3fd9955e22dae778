import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// `run --batch` under `--max-cost`: a batch is submitted only as far as its worst case (at the
    /// batch price) fits the cap, and what the batch's answers cost counts toward the cap for the
    /// calls after it; a run the cap stops is stored `aborted` (exit 3).
    @Suite struct BatchBudgetTests {
        /// Four cases answered by `server`, run with `--batch` under `budget`.
        func run(
            _ server: FakeLLMServer, type: String = "openai", budget: (Double) -> BudgetLimits
        ) async throws -> (RunCommand.Outcome, [ResultRecord], worstCase: Double) {
            let base = type == "openai" ? server.openAIBaseURL : server.anthropicBaseURL
            let project = try LiveProject.make(
                base: base, type: type, keyEnv: "PG_BATCH_KEY", cases: 4, extra: BatchRunTests.fastPolls)
            defer { project.remove() }
            var options = RunCommand.Options(
                reference: PromptReference(name: "sentiment", version: 1), provider: "live")
            options.environment = ["PG_BATCH_KEY": ProviderFixtures.key]
            options.batch = true
            // The four cases render to requests of one length: each has a quarter of the worst case.
            let estimate = try RunCommand.dryRun(project: try project.open(), options: options)
            let worstCase = try #require(estimate.batch?.costUSD) / 4
            options.budget = budget(worstCase)
            let outcome = try await RunCommand.run(project: try project.open(), options: options)
            let results = try project.open().openStore().results(runID: try #require(outcome.run.id))
            return (outcome, results, worstCase)
        }

        @Test(arguments: ["openai", "anthropic"])
        func aBatchIsSubmittedOnlyAsFarAsItsWorstCaseFitsTheCap(type: String) async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.scriptBatches(FakeBatchScript())
            let (outcome, results, worstCase) = try await run(server, type: type) {
                BudgetLimits(maxCostUSD: $0 * 2.5)
            }
            #expect(server.batchesCreated == 1)
            #expect(server.log.isEmpty, "a withheld case was called normally")
            #expect(results.map(\.caseID).sorted() == ["c1", "c2"])
            #expect(outcome.run.status == .aborted && outcome.exitStatus == .incomplete)
            let reason = outcome.run.abortReason ?? ""
            #expect(
                reason.contains("--max-cost") && reason.contains("submitted the first 2")
                    && reason.contains("the other 2 were not sent"), "\(reason)")
            #expect(outcome.spentUSD <= worstCase * 2.5)
        }

        @Test func aBatchWhoseFirstRequestDoesNotFitIsNotSubmitted() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.scriptBatches(FakeBatchScript())
            let (outcome, results, _) = try await run(server) { BudgetLimits(maxCostUSD: $0 / 2) }
            #expect(server.batchesCreated == 0 && server.log.isEmpty)
            #expect(results.isEmpty)
            #expect(outcome.run.status == .aborted && outcome.exitStatus == .incomplete)
            #expect(
                outcome.run.abortReason?.contains("nothing was submitted") == true, "\(outcome.run.abortReason ?? "")")
        }

        @Test func theCallsCapHoldsTheBatchToo() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.scriptBatches(FakeBatchScript())
            let (outcome, results, _) = try await run(server) { _ in BudgetLimits(maxCalls: 3) }
            #expect(server.batchesCreated == 1 && results.count == 3)
            #expect(outcome.run.abortReason?.contains("--max-calls 3") == true, "\(outcome.run.abortReason ?? "")")
        }

        /// The batch answers cost far more than estimated (a million input tokens each): the request
        /// the batch errored is not called normally, because the batch's spend has reached the cap.
        @Test(arguments: ["openai", "anthropic"])
        func theBatchsSpendCountsTowardTheCapForLaterCalls(type: String) async throws {
            let server = try FakeLLMServer { request in
                .content(LiveProject.goodAnswer(request.caseKey ?? ""), inputTokens: 1_000_000)
            }
            defer { server.stop() }
            server.scriptBatches(FakeBatchScript(erroredCases: ["c1"]))
            let (outcome, results, _) = try await run(server, type: type) { BudgetLimits(maxCostUSD: $0 * 4.01) }
            #expect(server.batchesCreated == 1)
            #expect(server.log.isEmpty, "c1 was called normally although the batch had spent the budget")
            #expect(results.map(\.caseID).sorted() == ["c2", "c3", "c4"])
            #expect(outcome.run.status == .aborted && outcome.exitStatus == .incomplete)
            #expect(outcome.run.abortReason?.contains("budget reached") == true, "\(outcome.run.abortReason ?? "")")
            // Three answers of 1,000,000 input and 8 output tokens at $1 / $2 per million, half price.
            #expect(abs(outcome.spentUSD - 3 * (1.0 + 16e-6) * 0.5) < 1e-9)
        }
    }
}
