import Foundation
import PromptGate
import PromptGateTestSupport
import Testing

/// Kills `promptgate run` with SIGKILL at 20 seeded random moments against a real HTTP server,
/// then checks the database after each kill and that the resumed run finishes with exactly one
/// result per case and no second call for any case that had finished.
@Suite(.serialized) struct KillAndResumeTests {
    static let cases = 400
    static let key = "sk-test-kill-resume-0123456789"

    func project(base: String) throws -> TempProject {
        try LiveCLIProject.make(base: base, cases: Self.cases, keyEnv: "PG_KILL_KEY", timeout: 5)
    }

    /// Starts the binary, waits `delay` seconds, kills it with SIGKILL (if still running), waits for it.
    func runAndKill(after delay: Double, in dir: URL) async throws -> Int32 {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                do {
                    let process = Process()
                    process.executableURL = CLIRunner.binary
                    process.arguments = ["run", "p@v1", "--no-cache", "--concurrency", "4"]
                    process.currentDirectoryURL = dir
                    var env = ProcessInfo.processInfo.environment
                    env["PG_KILL_KEY"] = Self.key
                    process.environment = env
                    process.standardOutput = FileHandle.nullDevice
                    process.standardError = FileHandle.nullDevice
                    try process.run()
                    Thread.sleep(forTimeInterval: delay)
                    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                    process.waitUntilExit()
                    continuation.resume(returning: process.terminationStatus)
                } catch {
                    continuation.resume(throwing: error)
                }
            }.start()
        }
    }

    @Test func twentyKillsLeaveAConsistentDatabaseAndTheResumedRunFinishesExactlyOnce() async throws {
        let server = try FakeLLMServer(latency: 0.05) { request in
            .content(#"{"sentiment": "positive"}"#, inputTokens: 10, outputTokens: 5)
        }
        defer { server.stop() }
        let project = try project(base: server.openAIBaseURL)
        defer { project.remove() }
        let dbPath = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
        var generator = SeededGenerator(seed: 2026)
        var finished: Set<String> = []
        var kills = 0
        for _ in 0..<20 {
            let before = server.log.count
            let delay = 0.02 + Double(generator.next() % 1000) / 1000 * 0.33
            _ = try await runAndKill(after: delay, in: project.root)
            kills += 1
            // No case that had finished before this run was called again by it.
            let again = server.log[before...].compactMap(\.caseKey).filter { finished.contains($0) }
            #expect(again.isEmpty, "finished cases called again: \(again)")
            guard FileManager.default.fileExists(atPath: dbPath) else { continue }
            let store = try ResultStore(path: dbPath)
            #expect(try store.integrityCheck() == "ok")
            let runs = try store.runs(prompt: "p")
            #expect(runs.count <= 1, "a killed run is resumed, not duplicated")
            if let id = runs.first?.id {
                let results = try store.results(runID: id)
                #expect(Set(results.map(\.caseID)).count == results.count, "one result per case")
                finished = Set(results.map(\.caseID))
                #expect(
                    runs.first?.status == .running,
                    "the run must still be unfinished for the next kill to test resuming")
            }
        }
        #expect(kills == 20)
        let before = server.log.count
        let final = try await CLIRunner.run(
            ["run", "p@v1", "--no-cache", "--concurrency", "4"], in: project.root,
            environment: ["PG_KILL_KEY": Self.key])
        #expect(final.status == 0, "\(final.stderr)")
        let again = server.log[before...].compactMap(\.caseKey).filter { finished.contains($0) }
        #expect(again.isEmpty)
        let store = try ResultStore(path: dbPath)
        #expect(try store.integrityCheck() == "ok")
        let runs = try store.runs(prompt: "p")
        #expect(runs.count == 1 && runs.first?.status == .completed)
        let results = try store.results(runID: try #require(runs.first?.id))
        #expect(results.count == Self.cases)
        #expect(
            finished.count > 20 && finished.count < Self.cases,
            "the kills happened mid-run (\(finished.count) finished before the last resume)")
        #expect(Set(results.map(\.caseID)).count == Self.cases)
        #expect(Set(server.log.compactMap(\.caseKey)).count == Self.cases, "every case was called")
    }
}
