import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// A server decides how long we wait; absurd or hostile values must neither trap nor stall.
    @Suite struct ServerDictatedWaitTests {
        static let retry = "retry:\n  max_attempts: 3\n  base_delay: 0.01\n  max_delay: 0.05\n  max_retry_wait: 2\n"

        @Test(arguments: [
            ("retry-after", "1e20"), ("retry-after-ms", "1e30"), ("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT"),
            ("retry-after", "999999999"),
        ])
        func aWaitBeyondMaxRetryWaitEndsTheCallWithAClearError(header: String, value: String) async throws {
            let server = try FakeLLMServer { request in
                request.caseKey == "c1"
                    ? .rateLimited(retryAfter: nil, headers: [(header, value)])
                    : .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_WAIT_KEY", cases: 2, extra: Self.retry)
            defer { project.remove() }
            let started = Date()
            // One call at a time: c2 is admitted after c1's 429, whose wait must not pause (or trap) it.
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_WAIT_KEY").run { $0.concurrency = 1 }
            #expect(Date().timeIntervalSince(started) < 10)
            #expect(server.log(forCase: "c1").count == 1, "no retry after a wait beyond max_retry_wait")
            let runID = try #require(outcome.run.id)
            let c1 = try #require(try store.results(runID: runID).first { $0.caseID == "c1" })
            #expect(c1.verdict == .error)
            #expect(
                c1.errorMessage?.contains("more than `max_retry_wait` (2.0 s)") == true, "\(c1.errorMessage ?? "nil")")
            #expect(outcome.metrics.passed == 1)
        }

        @Test func aWaitWithinMaxRetryWaitIsHonoured() async throws {
            let server = try FakeLLMServer { _ in .content(LiveProject.goodAnswer("c1")) }
            defer { server.stop() }
            server.script("c1", [.rateLimited(retryAfter: nil, headers: [("retry-after-ms", "300")])])
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_WAIT_KEY", cases: 1, extra: Self.retry)
            defer { project.remove() }
            let (outcome, _) = try await LiveRun(project: project, keyEnv: "PG_WAIT_KEY").run()
            let log = server.log(forCase: "c1")
            #expect(log.count == 2)
            #expect(log[1].recorded.monotonicTime - log[0].recorded.monotonicTime >= 0.3)
            #expect(outcome.metrics.passed == 1)
        }
    }
}
