import Foundation
import PromptGate
import PromptGateTestSupport
import Testing

/// The provider goes down, or the budget runs out, while `gate` runs the versions it needs: the
/// exit-code contract says 3 (the run could not complete), not 1 (a regression), and the next
/// `gate` finishes the job without paying again for the answers already received.
@Suite struct GateOutageTests {
    static let key = "sk-test-outage-0123456789"

    /// Counts the candidate's calls and fails those after the first `healthyCalls` with 503 while
    /// `down` is set.
    final class Outage: Sendable {
        let calls = Locked(0)
        let down = Locked(true)
        let healthyCalls = 12

        func reply(_ request: FakeLLMRequest) -> FakeReply {
            let candidate = request.messages.contains { $0.content.contains("classify carefully") }
            guard candidate else { return .content(#"{"sentiment": "positive"}"#) }
            let count = calls.withLock { value -> Int in
                value += 1
                return value
            }
            return down.withLock { $0 } && count > healthyCalls
                ? .serverError(status: 503) : .content(#"{"sentiment": "positive"}"#)
        }
    }

    static let env = ["PG_OUTAGE_KEY": key]

    /// A 30-case project on `server` with prices and fast retries; v2 (`classify carefully`) is
    /// written when `withV2`, else left for the test to add after running v1.
    static func project(on server: FakeLLMServer, withV2: Bool = true) throws -> TempProject {
        let project = try LiveCLIProject.make(
            base: server.openAIBaseURL, cases: 30, keyEnv: "PG_OUTAGE_KEY", timeout: 5)
        try project.write(
            "promptgate.yaml",
            try project.read("promptgate.yaml")
                + "retry:\n  max_attempts: 2\n  base_delay: 0.01\n  max_delay: 0.02\npricing:\n  m: { input: 1, output: 2 }\n"
        )
        if withV2 { try addV2(to: project) }
        return project
    }

    static func addV2(to project: TempProject) throws {
        try project.write(
            "prompts/p/v2.md",
            "---\ntestset: t\nmodel: m\nmax_tokens: 20\n---\n# user\ncase={{ref}} classify carefully\n")
    }

    @Test func aProviderOutageDuringTheCandidatesRunIsInconclusiveAndTheNextGateFinishesIt() async throws {
        let outage = Outage()
        let server = try FakeLLMServer { outage.reply($0) }
        defer { server.stop() }
        let project = try Self.project(on: server, withV2: false)
        defer { project.remove() }
        let env = Self.env
        let baseline = try await CLIRunner.run(["run", "p@v1"], in: project.root, environment: env)
        #expect(baseline.status == 0, "\(baseline.stderr)")
        try Self.addV2(to: project)

        let gated = try await CLIRunner.run(["gate", "p"], in: project.root, environment: env)
        #expect(gated.status == 3, "\(gated.stdout)\n\(gated.stderr)")
        #expect(gated.stdout.contains("p@v2 vs v1: INCONCLUSIVE"), "\(gated.stdout)")
        #expect(!gated.stdout.contains("FAIL"), "\(gated.stdout)")
        let report = try project.read("reports/p/v2-vs-v1.md")
        #expect(report.contains("**No regressions in the answers that came back.**"), "\(report)")
        #expect(report.contains("every candidate repeat ended in a provider error"))
        #expect(!report.contains(Self.key))

        outage.down.withLock { $0 = false }
        let before = outage.calls.withLock { $0 }
        let again = try await CLIRunner.run(["gate", "p"], in: project.root, environment: env)
        #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        #expect(again.stdout.contains("p@v2 vs v1: PASS"), "\(again.stdout)")
        // The answers received before the outage came from the response cache.
        #expect(outage.calls.withLock { $0 } - before == 30 - outage.healthyCalls)
    }

    /// `--max-calls` caps the whole command: the baseline's 30 calls count toward it, so the
    /// candidate stops after 10.
    @Test func aCapBoundsEveryRunTheGateStartsTogether() async throws {
        let server = try FakeLLMServer { _ in .content(#"{"sentiment": "positive"}"#) }
        defer { server.stop() }
        let project = try Self.project(on: server)
        defer { project.remove() }
        let env = Self.env

        let capped = try await CLIRunner.run(["gate", "p", "--max-calls", "40"], in: project.root, environment: env)
        #expect(capped.status == 3, "\(capped.stdout)\n\(capped.stderr)")
        #expect(server.log.count == 40)
        #expect(capped.stdout.contains("p@v2 vs v1: INCONCLUSIVE"), "\(capped.stdout)")
        #expect(capped.stdout.contains("budget reached: 40 calls made (--max-calls 40)"), "\(capped.stdout)")
        #expect(capped.stdout.contains("20 of 30 cases have no result"), "\(capped.stdout)")

        let again = try await CLIRunner.run(["gate", "p"], in: project.root, environment: env)
        #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        #expect(server.log.count == 60, "only the 20 cases the cap left out are called")
    }

    /// Caps spent before the candidate's turn: no empty run is started, and the command says why.
    @Test func aCapReachedBeforeTheCandidateRunsStopsWithoutStartingIt() async throws {
        let server = try FakeLLMServer { _ in .content(#"{"sentiment": "positive"}"#) }
        defer { server.stop() }
        let project = try Self.project(on: server)
        defer { project.remove() }
        let capped = try await CLIRunner.run(
            ["gate", "p", "--max-calls", "10"], in: project.root, environment: Self.env)
        #expect(capped.status == 3, "\(capped.stdout)\n\(capped.stderr)")
        #expect(server.log.count == 10)
        #expect(capped.stderr.contains("stopped: budget reached: 10 calls made (--max-calls 10) before p@v2 could run"))
        let store = try ResultStore(path: project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path)
        #expect(try store.runs(prompt: "p").map(\.version) == [1])
    }
}
