import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// Request ids kept per attempt and quoted with errors; headlines count errors; fallback answers counted apart.
    @Suite struct RunAccountingTests {
        @Test func errorsQuoteTheProviderRequestIDAndHeadlinesCountThem() async throws {
            let server = try FakeLLMServer { request in
                if request.caseKey == "c2" { return .badRequest }
                if request.caseKey == "c1" && request.model == "test-model" { return .serverError(status: 500) }
                return .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: "PG_ACCOUNT_KEY", cases: 4,
                prompt: LiveProject.prompt(fallback: "backup-model"),
                extra: "retry:\n  base_delay: 0.01\n  max_delay: 0.02\n  max_attempts: 2")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "PG_ACCOUNT_KEY").run()
            let runID = try #require(outcome.run.id)
            let attempts = try store.attempts(runID: runID)
            #expect(
                attempts.allSatisfy { ($0.requestID ?? "").hasPrefix("req_fake_") },
                "every attempt keeps the provider's request id")
            let failed = try #require(attempts.first { $0.caseID == "c2" })
            let report = try String(contentsOf: try #require(outcome.reportURL), encoding: .utf8)
            #expect(report.contains("(request id `\(try #require(failed.requestID))`)"), "\(report)")

            #expect(outcome.metrics.headline == "3/4 passed (75.0%), 0 failed, 1 error")
            #expect(report.contains("**3/4 passed (75.0%)**"))
            let shares = outcome.models.shares
            #expect(shares.map(\.model) == ["test-model", "backup-model"] && shares.map(\.answered) == [2, 1])
            #expect(shares.last?.fallback == true)
            #expect(
                report.contains(
                    "Answered by: `test-model` 2 answered, 100.0% passed; fallback `backup-model` 1 answered, 100.0% passed"
                ), "\(report)")
        }
    }
}
