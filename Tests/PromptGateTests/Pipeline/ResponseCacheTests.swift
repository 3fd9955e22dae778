import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct ResponseCacheTests {
        @Test func aSecondRunOfTheSameVersionIsServedFromTheCache() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_CACHE_KEY", cases: 5)
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_CACHE_KEY")
            let (first, _) = try await run.run()
            #expect(server.requests.count == 5)
            let (second, store) = try await run.run()
            #expect(server.requests.count == 5, "the second run must make zero HTTP calls")
            let results = try store.results(runID: try #require(second.run.id))
            #expect(
                results.count == 5 && results.allSatisfy { $0.cacheHit && $0.attemptCount == 0 && $0.verdict == .pass })
            #expect(results.allSatisfy { $0.costUSD > 0 }, "a cached answer keeps the cost its call had")
            #expect(second.metrics.passed == first.metrics.passed)
            #expect(try store.attempts(runID: try #require(second.run.id)).isEmpty)

            let (_, _) = try await run.run { $0.noCache = true }
            #expect(server.requests.count == 10, "--no-cache bypasses the cache")
        }

        @Test func errorsAreNotCachedAndAChangedPromptMissesTheCache() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            server.script("c2", [.badRequest])
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_CACHE_KEY", cases: 3)
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_CACHE_KEY")
            _ = try await run.run()
            #expect(server.requests.count == 3)
            let (second, _) = try await run.run()
            #expect(server.log(forCase: "c2").count == 2, "the failed case is called again")
            #expect(server.requests.count == 4)
            #expect(second.metrics.passed == 3)
            try project.write(
                "prompts/sentiment/v1.md",
                LiveProject.prompt().replacingOccurrences(of: "JSON only.", with: "JSON only!"))
            _ = try await run.run()
            #expect(server.requests.count == 7)
        }

        @Test func theKeyCoversEverythingThatDecidesTheAnswer() {
            let provider = ProviderConfig(name: "live", kind: .openai, baseURL: "http://a/v1", apiKeyEnv: "K")
            let base = ProviderFixtures.request()
            let key = ResponseCacheKey.of(base, provider: provider)
            var other = provider
            other.baseURL = "http://b/v1"
            #expect(ResponseCacheKey.of(base, provider: other) != key)
            other = provider
            other.name = "live2"
            #expect(ResponseCacheKey.of(base, provider: other) != key)
            other = provider
            other.structuredOutput = .jsonSchema
            #expect(ResponseCacheKey.of(base, provider: other) != key)
            var changed: [CompletionRequest] = []
            var r = base; r.model = "m2"; changed.append(r)
            r = base; r.temperature = 0.3; changed.append(r)
            r = base; r.maxTokens = 65; changed.append(r)
            r = base; r.messages[1] = ChatMessage(role: .user, content: "other"); changed.append(r)
            r = base; r.outputSchema = ProviderFixtures.schema; changed.append(r)
            r = base; r.repeatIndex = 1; changed.append(r)
            for request in changed { #expect(ResponseCacheKey.of(request, provider: provider) != key) }
            r = base; r.caseID = "renamed"
            #expect(ResponseCacheKey.of(r, provider: provider) == key)
            #expect(key.hasPrefix("sha256:"))
        }

        @Test func aDryRunCallsNothingAndCountsCacheHits() async throws {
            let server = try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
            defer { server.stop() }
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_CACHE_KEY_UNSET", cases: 4)
            defer { project.remove() }
            var options = RunCommand.Options(reference: PromptReference(name: "sentiment", version: 1))
            options.environment = [:]
            let before = try RunCommand.dryRun(project: try project.open(), options: options)
            #expect(before.plannedCalls == 4 && before.cacheHits == 0 && before.callsToMake == 4)
            #expect(before.estimatedInputTokens > 0 && before.maxOutputTokens == 200)
            #expect(
                before.estimatedCostUSD
                    == ModelPrice(inputPerMillion: 1, outputPerMillion: 2).cost(
                        inputTokens: before.estimatedInputTokens, outputTokens: 200))
            #expect(
                !FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".promptgate").path),
                "a dry run writes nothing")
            _ = try await LiveRun(project: project, keyEnv: "PG_CACHE_KEY_UNSET").run()
            let after = try RunCommand.dryRun(project: try project.open(), options: options)
            #expect(after.cacheHits == 4 && after.callsToMake == 0)
            #expect(server.requests.count == 4)
            #expect(try project.open().openStore().runs(prompt: "sentiment").count == 1)
        }
    }
}
