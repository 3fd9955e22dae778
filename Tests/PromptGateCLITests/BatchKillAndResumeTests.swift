import Foundation
import GRDB
import PromptGateTestSupport
import Testing

/// `run --batch` killed with SIGKILL while it polls: running it again polls the stored batch and
/// finishes the run without submitting a second batch or calling any case directly.
@Suite(.serialized) struct BatchKillAndResumeTests {
    static let key = "sk-test-batch-resume-0123456789"

    /// A live-provider project of six cases on `server`'s OpenAI API, polling its batches every
    /// 0.05-0.1 s, with `extraConfig` appended to promptgate.yaml.
    func makeProject(_ server: FakeLLMServer, extraConfig: String = "") throws -> TempProject {
        let project = try LiveCLIProject.make(base: server.openAIBaseURL, cases: 6, keyEnv: "PG_BATCH_KEY", timeout: 5)
        let config = project.root.appendingPathComponent("promptgate.yaml")
        try
            (try String(contentsOf: config, encoding: .utf8)
            + "batch:\n  poll_interval: 0.05\n  max_poll_interval: 0.1\n" + extraConfig)
            .write(to: config, atomically: true, encoding: .utf8)
        return project
    }

    /// Starts `run p@v1 --batch` plus `arguments` on `project` and kills it with SIGKILL once it polls.
    func killWhilePolling(_ project: TempProject, _ arguments: [String] = []) async throws -> Process {
        let db = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["run", "p@v1", "--batch"] + arguments
        process.currentDirectoryURL = project.root
        process.environment = ProcessInfo.processInfo.environment.merging(["PG_BATCH_KEY": Self.key]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: db),
                let stored = try? await DatabaseQueue(path: db).read({
                    try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM batchJob WHERE status != 'submitted'")
                }), stored ?? 0 > 0
            {
                break
            }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process
    }

    /// `--max-cost` let four of six requests into the batch (each could cost $0.000022 at the batch
    /// price: 4 input tokens + 20 max_tokens at $1 / $2 per million, halved); the resumed run polls
    /// that batch, leaves the other two out again instead of calling them, and exits 3.
    @Test func aSplitBatchResumedLeavesOutTheSameRequestsAndExitsThree() async throws {
        let server = try FakeLLMServer { _ in .content(#"{"sentiment": "positive"}"#, inputTokens: 10, outputTokens: 5)
        }
        defer { server.stop() }
        server.scriptBatches(FakeBatchScript(pollsBeforeEnd: 1_000_000))
        let project = try makeProject(server, extraConfig: "pricing:\n  m: { input: 1.0, output: 2.0 }\n")
        defer { project.remove() }
        let cap = ["--max-cost", "0.000099"]
        let killed = try await killWhilePolling(project, cap)
        #expect(killed.terminationReason == .uncaughtSignal, "the run ended before it was killed")
        #expect(server.batchesCreated == 1)

        server.scriptBatches(FakeBatchScript(pollsBeforeEnd: 0))
        let resumed = try await CLIRunner.run(
            ["run", "p@v1", "--batch"] + cap, in: project.root, environment: ["PG_BATCH_KEY": Self.key])
        #expect(resumed.status == 3, "\(resumed.stdout)\(resumed.stderr)")
        #expect(resumed.stdout.contains("run aborted: budget: 2 requests were left out"), "\(resumed.stdout)")
        #expect(server.batchesCreated == 1, "the resumed run submitted a second batch")
        #expect(server.log.isEmpty, "a request the cap left out was called directly")
        let db = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
        let results = try await DatabaseQueue(path: db).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM result")
        }
        #expect(results == 4)
    }

    @Test func aBatchRunKilledWhilePollingResumesByPolling() async throws {
        let server = try FakeLLMServer { _ in .content(#"{"sentiment": "positive"}"#, inputTokens: 10, outputTokens: 5)
        }
        defer { server.stop() }
        server.scriptBatches(FakeBatchScript(pollsBeforeEnd: 1_000_000))
        let project = try makeProject(server)
        defer { project.remove() }
        let db = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
        let process = try await killWhilePolling(project)
        #expect(process.terminationReason == .uncaughtSignal, "the run ended before it was killed")
        #expect(server.batchesCreated == 1)

        server.scriptBatches(FakeBatchScript(pollsBeforeEnd: 0))
        let resumed = try await CLIRunner.run(
            ["run", "p@v1", "--batch"], in: project.root, environment: ["PG_BATCH_KEY": Self.key])
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(resumed.stderr.contains("resuming batch"), "\(resumed.stderr)")
        #expect(server.batchesCreated == 1, "the resumed run submitted a second batch")
        #expect(server.log.isEmpty, "a case was called directly")
        let results = try await DatabaseQueue(path: db).read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM result")
        }
        #expect(results == 6)
    }
}
