import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// The cost rule reads what the answers cost, so cache hits on either side leave its verdict alone.
    @Suite struct CostRuleTests {
        /// v2 answers with 3x the output tokens of v1.
        static func server() throws -> FakeLLMServer {
            try FakeLLMServer { request in
                let v2 = request.messages.contains { $0.content.contains("Version two.") }
                return .content(
                    LiveProject.goodAnswer(request.caseKey ?? ""), inputTokens: 100, outputTokens: v2 ? 150 : 50)
            }
        }

        static func project(_ server: FakeLLMServer, pricing: Bool = true) throws -> TempProject {
            var config = LiveProject.config(base: server.openAIBaseURL, keyEnv: "PG_COST_KEY")
            if !pricing {
                config = config.replacingOccurrences(of: "  test-model: { input: 1.0, output: 2.0 }\n", with: "")
            }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_COST_KEY", cases: 4)
            try project.write("promptgate.yaml", config)
            try project.write(
                "prompts/sentiment/v2.md",
                LiveProject.prompt().replacingOccurrences(of: "JSON only.", with: "JSON only. Version two."))
            return project
        }

        static func costRule(_ project: TempProject) async throws -> GateRuleResult {
            let outcome = try await GateCommand.run(
                project: try project.open(), reference: PromptReference(name: "sentiment", version: 2))
            return try #require(outcome.decision.rules.first { $0.rule == "cost" })
        }

        @Test func cacheHitsOnEitherSideGiveTheSameVerdict() async throws {
            let server = try Self.server()
            defer { server.stop() }
            let project = try Self.project(server)
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_COST_KEY")
            _ = try await run.run(version: 1)
            let (fresh, _) = try await run.run(version: 2)
            let fromScratch = try await Self.costRule(project)
            #expect(fromScratch.outcome == .fail, "\(fromScratch.message)")
            #expect(fromScratch.message.contains("x2.00"), "\(fromScratch.message)")

            let (cached, store) = try await run.run(version: 2)
            #expect(server.requests.count == 8, "the second v2 run is served from the cache")
            #expect(cached.metrics.cacheHits == 4)
            #expect(
                abs(cached.metrics.costUSD - fresh.metrics.costUSD) < 1e-12, "a cached answer costs what its call cost")
            #expect(cached.spentUSD == 0 && abs(cached.cacheSavedUSD - fresh.metrics.costUSD) < 1e-12)
            #expect(fresh.spentUSD > 0 && abs(fresh.spentUSD - fresh.metrics.costUSD) < 1e-12)
            let results = try store.results(runID: try #require(cached.run.id))
            #expect(results.allSatisfy { $0.cacheHit && $0.costUSD > 0 })
            let candidateCached = try await Self.costRule(project)
            #expect(candidateCached.outcome == fromScratch.outcome && candidateCached.message == fromScratch.message)

            _ = try await run.run(version: 1)
            let bothCached = try await Self.costRule(project)
            #expect(bothCached.outcome == fromScratch.outcome && bothCached.message == fromScratch.message)
            #expect(server.requests.count == 8)
            let report = try String(contentsOf: try #require(cached.reportURL), encoding: .utf8)
            #expect(report.contains("spent in this run (saved by the cache)"), "\(report)")
        }

        @Test func withoutPricesTheRuleSaysItCannotApply() async throws {
            let server = try Self.server()
            defer { server.stop() }
            let project = try Self.project(server, pricing: false)
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_COST_KEY")
            _ = try await run.run(version: 1)
            _ = try await run.run(version: 2)
            let rule = try await Self.costRule(project)
            #expect(rule.outcome == .warn)
            #expect(rule.message.contains("cannot apply") && rule.message.contains("`test-model`"), "\(rule.message)")
        }
    }
}
