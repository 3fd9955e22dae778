import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// `run --batch` against the fake server's OpenAI Batch and Anthropic Message Batches APIs:
    /// answers mapped back by custom id at the batch price, a failing poll retried, requests the
    /// batch errored, expired or cancelled called normally (or kept as errors), and one
    /// submission per run.
    @Suite struct BatchRunTests {
        static let fastPolls = "batch:\n  poll_interval: 0.01\n  max_poll_interval: 0.02\n"
        /// 12 input and 8 output tokens at test-model's $1 / $2 per million.
        static let fullPrice = (12 * 1.0 + 8 * 2.0) / 1_000_000

        func run(
            _ server: FakeLLMServer, type: String, cases: Int = 4, extra: String = BatchRunTests.fastPolls
        ) async throws -> (RunCommand.Outcome, [ResultRecord], TempProject) {
            let base = type == "openai" ? server.openAIBaseURL : server.anthropicBaseURL
            let project = try LiveProject.make(
                base: base, type: type, keyEnv: "PG_BATCH_KEY", cases: cases, extra: extra)
            var options = RunCommand.Options(
                reference: PromptReference(name: "sentiment", version: 1), provider: "live")
            options.environment = ["PG_BATCH_KEY": ProviderFixtures.key]
            options.batch = true
            let outcome = try await RunCommand.run(project: try project.open(), options: options)
            let results = try project.open().openStore().results(runID: try #require(outcome.run.id))
            return (outcome, results, project)
        }

        @Test(arguments: ["openai", "anthropic"])
        func everyCaseIsAnsweredByOneBatchAtTheBatchPrice(type: String) async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.scriptBatches(FakeBatchScript(pollsBeforeEnd: 2, failingPolls: 1))
            let (outcome, results, project) = try await run(server, type: type)
            defer { project.remove() }
            #expect(outcome.run.status == .completed)
            #expect(outcome.metrics.passed == 4 && outcome.metrics.errors == 0)
            #expect(server.batchesCreated == 1)
            #expect(server.log.isEmpty, "a batched case was also called directly")
            for result in results {
                #expect(abs(result.costUSD - Self.fullPrice * 0.5) < 1e-12, "\(result.caseID): \(result.costUSD)")
            }
            #expect(abs(outcome.spentUSD - 4 * Self.fullPrice * 0.5) < 1e-12)
            let jobs = try project.open().openStore().batchJobs(runID: try #require(outcome.run.id))
            #expect(
                jobs.count == 1 && jobs[0].requestCount == 4
                    && jobs[0].status == (type == "openai" ? "completed" : "ended"))
        }

        @Test(arguments: ["openai", "anthropic"])
        func requestsTheBatchFailedAreCalledNormallyAtTheNormalPrice(type: String) async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.scriptBatches(FakeBatchScript(end: .expired, erroredCases: ["c1"], unfinishedCases: ["c2"]))
            let (outcome, results, project) = try await run(server, type: type)
            defer { project.remove() }
            #expect(outcome.run.status == .completed)
            #expect(outcome.metrics.passed == 4, "\(results.map { "\($0.caseID) \($0.errorMessage ?? "")" })")
            #expect(server.log.map { $0.caseKey ?? "" }.sorted() == ["c1", "c2"])
            for result in results {
                let expected = ["c1", "c2"].contains(result.caseID) ? Self.fullPrice : Self.fullPrice * 0.5
                #expect(abs(result.costUSD - expected) < 1e-12, "\(result.caseID): \(result.costUSD)")
            }
        }

        @Test func cancelledRequestsStayErrorsWhenConfigured() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.scriptBatches(FakeBatchScript(end: .cancelled, unfinishedCases: ["c3"]))
            let (outcome, results, project) = try await run(
                server, type: "openai", extra: Self.fastPolls + "  failed_requests: error\n")
            defer { project.remove() }
            #expect(server.log.isEmpty)
            #expect(outcome.metrics.errors == 1)
            let failed = try #require(results.first { $0.caseID == "c3" })
            #expect(failed.errorMessage?.contains("batch_cancelled") == true, "\(failed.errorMessage ?? "")")
        }

        @Test func theBatchRateIsConfigurableInPricing() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_BATCH_KEY", cases: 2, extra: Self.fastPolls)
            defer { project.remove() }
            let config = project.root.appendingPathComponent("promptgate.yaml")
            let text = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(
                of: "test-model: { input: 1.0, output: 2.0 }",
                with: "test-model: { input: 1.0, output: 2.0, batch: 0.25 }")
            try text.write(to: config, atomically: true, encoding: .utf8)
            var options = RunCommand.Options(
                reference: PromptReference(name: "sentiment", version: 1), provider: "live")
            options.environment = ["PG_BATCH_KEY": ProviderFixtures.key]
            options.batch = true
            let estimate = try RunCommand.dryRun(project: try project.open(), options: options)
            let full = try #require(estimate.estimatedCostUSD)
            #expect(abs((estimate.batch?.costUSD ?? 0) - full * 0.25) < 1e-12)
            let outcome = try await RunCommand.run(project: try project.open(), options: options)
            #expect(abs(outcome.spentUSD - 2 * Self.fullPrice * 0.25) < 1e-12)
        }

        @Test func aReplayProviderCannotBatch() async throws {
            let project = try LiveProject.make(base: "http://127.0.0.1:9", keyEnv: "PG_BATCH_KEY", cases: 1)
            defer { project.remove() }
            var options = RunCommand.Options(
                reference: PromptReference(name: "sentiment", version: 1), provider: "replay")
            options.batch = true
            #expect(throws: InputError.self) { try RunCommand.dryRun(project: try project.open(), options: options) }
        }
    }
}
