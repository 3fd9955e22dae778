import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct ReaskAndDeadLetterTests {
        static func server() throws -> FakeLLMServer {
            try FakeLLMServer { request in .content(LiveProject.goodAnswer(request.caseKey ?? "")) }
        }

        @Test(arguments: [
            ("not JSON at all", "it is not valid JSON"),
            (#"{"sentiment": "positive"}"#, "missing required property \"name\""),
            (#"{"sentiment": "ecstatic", "name": null}"#, "is not one of"),
        ])
        func anUnusableAnswerIsReAskedWithTheValidationError(bad: String, problem: String) async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c1", [.content(bad)])
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_REASK_KEY", cases: 1)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_REASK_KEY").run()
            let log = server.log(forCase: "c1")
            #expect(log.count == 2)
            let reask = try #require(log.last)
            #expect(reask.messages.count == 4)
            #expect(reask.messages[2] == ChatMessage(role: .assistant, content: bad))
            #expect(
                reask.messages[3].role == .user && reask.messages[3].content.contains(problem),
                "\(reask.messages[3].content)")
            let runID = try #require(outcome.run.id)
            #expect(outcome.metrics.passed == 1)
            #expect(try store.attempts(runID: runID).map(\.phase) == [.primary, .reask])
            #expect(try store.deadLetters(runID: runID).isEmpty)
            let result = try #require(try store.results(runID: runID).first)
            #expect(result.attemptCount == 2 && result.costUSD == 2 * 0.000028)
        }

        @Test func anAnswerStillUnusableAfterTheReAsksIsDeadLettered() async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c2", [.content("nope"), .content(#"{"sentiment": "negative"}"#)])
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_REASK_KEY", cases: 3)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_REASK_KEY").run()
            let runID = try #require(outcome.run.id)
            let letters = try store.deadLetters(runID: runID)
            #expect(letters.count == 1)
            let letter = try #require(letters.first)
            #expect(letter.caseID == "c2" && letter.attempts == 2 && letter.reasks == 1)
            #expect(letter.rawOutput == #"{"sentiment": "negative"}"#)
            #expect(
                letter.reason.contains("after 1 re-ask the answer is still unusable")
                    && letter.reason.contains("\"name\""))
            #expect(outcome.metrics.passed == 2 && outcome.metrics.failed == 1)
            let counts = try store.deadLetterCounts()
            #expect(counts.map(\.count) == [1] && counts.first?.run.id == runID)
        }

        @Test func withoutReAsksAnUnusableAnswerGoesStraightToTheDeadLetters() async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c1", [.content("nope")])
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_REASK_KEY", cases: 1, extra: "retry:\n  reask: 0\n")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_REASK_KEY").run()
            #expect(server.requests.count == 1)
            #expect(try store.deadLetters(runID: try #require(outcome.run.id)).first?.reasks == 0)
        }

        @Test func aReplyCutOffAtMaxTokensIsNotReAsked() async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c1", [.cutOff(LiveProject.goodAnswer("c1"))])
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_REASK_KEY", cases: 1)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_REASK_KEY").run()
            #expect(server.requests.count == 1)
            let runID = try #require(outcome.run.id)
            let letter = try #require(try store.deadLetters(runID: runID).first)
            #expect(letter.reason.contains("cut off at max_tokens"))
            #expect(outcome.metrics.failed == 1)
        }

        @Test(arguments: [
            FakeReply.proseWrapped(#"{"sentiment": "positive", "name": null}"#),
            .content(#"{"sentiment": "positive", "name": "N/A"}"#),
            .content(#"{"sentiment": "positive", "name": "ann@example.com"}"#),
        ])
        func usableButFlawedAnswersAreScoredNotReAsked(reply: FakeReply) async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c1", [reply])
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_REASK_KEY", cases: 1)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_REASK_KEY").run()
            #expect(server.requests.count == 1)
            let runID = try #require(outcome.run.id)
            #expect(try store.deadLetters(runID: runID).isEmpty)
            #expect(try store.results(runID: runID).first?.errorKind == nil)
        }

        @Test func aReAskedCaseIsServedFromTheCacheOnTheNextRun() async throws {
            let server = try Self.server()
            defer { server.stop() }
            server.script("c1", [.content("nope")])
            let project = try LiveProject.make(base: server.openAIBaseURL, keyEnv: "PG_REASK_KEY", cases: 2)
            defer { project.remove() }
            let run = LiveRun(project: project, keyEnv: "PG_REASK_KEY")
            _ = try await run.run()
            #expect(server.requests.count == 3)
            let (second, store) = try await run.run()
            #expect(server.requests.count == 3)
            let results = try store.results(runID: try #require(second.run.id))
            #expect(results.allSatisfy { $0.cacheHit && $0.verdict == .pass })
        }
    }
}
