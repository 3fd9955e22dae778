import Foundation
import GRDB
import PromptGate
import PromptGateTestSupport
import Testing

/// A run's life among other processes: a second run of the same inputs while the first is alive,
/// SIGINT/SIGTERM during a run, a standard error that cannot be written.
@Suite(.serialized) struct RunLifecycleTests {
    static let cases = 30
    static let key = "sk-test-lifecycle-0123456789"

    func project(base: String) throws -> TempProject {
        try LiveCLIProject.make(base: base, cases: Self.cases, keyEnv: "PG_LIFE_KEY", timeout: 20)
    }

    static let arguments = ["run", "p@v1", "--no-cache", "--concurrency", "2"]

    /// Starts the binary in the background; the caller waits for it.
    func start(_ arguments: [String], in dir: URL) throws -> Process {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["PG_LIFE_KEY"] = Self.key
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func waitForExit(_ process: Process) async -> Int32 {
        await withCheckedContinuation { continuation in
            Thread {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }.start()
        }
    }

    /// Waits until the database shows `count` stored results (or 10 s pass).
    func waitForResults(_ count: Int, db: String) async throws {
        for _ in 0..<200 {
            if Self.storedResults(db: db) >= count { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        Issue.record("no \(count) results within 10 s")
    }

    /// Results stored so far (0 without a database).
    static func storedResults(db: String) -> Int {
        guard FileManager.default.fileExists(atPath: db), let queue = try? DatabaseQueue(path: db) else { return 0 }
        return ((try? queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM result") }) ?? nil) ?? 0
    }

    @Test func aSecondRunOfTheSameInputsWhileTheFirstIsAliveSaysSoAndExitsTwo() async throws {
        let server = try FakeLLMServer(latency: 0.15) { _ in .content(#"{"sentiment": "positive"}"#) }
        defer { server.stop() }
        let project = try project(base: server.openAIBaseURL)
        defer { project.remove() }
        let db = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
        let first = try start(Self.arguments, in: project.root)
        try await waitForResults(2, db: db)
        let second = try await CLIRunner.run(Self.arguments, in: project.root, environment: ["PG_LIFE_KEY": Self.key])
        #expect(second.status == 2, "\(second.stderr)")
        #expect(
            second.stderr.contains("is being run right now by process \(first.processIdentifier)"), "\(second.stderr)")
        let waited = try await CLIRunner.run(
            Self.arguments + ["--wait"], in: project.root, environment: ["PG_LIFE_KEY": Self.key])
        #expect(await waitForExit(first) == 0)
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(waited.stderr.contains("waiting: run"), "\(waited.stderr)")
        let store = try ResultStore(path: db)
        let runs = try store.runs(prompt: "p")
        #expect(runs.allSatisfy { $0.status == .completed })
        let first_ = try #require(runs.first { $0.id == 1 })
        #expect(try store.results(runID: try #require(first_.id)).count == Self.cases)
        #expect(server.log.count <= 2 * Self.cases, "the first run's cases were not repeated by a takeover")
        #expect(Set(server.log.compactMap(\.caseKey)).count == Self.cases)
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStoresWhatFinishedMarksTheRunInterruptedAndExitsThree(signal: Int32) async throws {
        let server = try FakeLLMServer(latency: 0.2) { _ in .content(#"{"sentiment": "positive"}"#) }
        defer { server.stop() }
        let project = try project(base: server.openAIBaseURL)
        defer { project.remove() }
        let db = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
        let process = try start(Self.arguments, in: project.root)
        try await waitForResults(4, db: db)
        let signalled = Date()
        kill(process.processIdentifier, signal)
        #expect(await waitForExit(process) == 3)
        #expect(process.terminationReason == .exit, "killed by the signal instead of exiting 3")
        #expect(Date().timeIntervalSince(signalled) < 5)
        let store = try ResultStore(path: db)
        let run = try #require(try store.runs(prompt: "p").first)
        #expect(run.status == .interrupted)
        let stored = try store.results(runID: try #require(run.id))
        #expect(stored.count >= 4 && stored.count < Self.cases)
        #expect(try store.leaseHolder(runID: try #require(run.id)) == nil)
        let calledBefore = Set(server.log.compactMap(\.caseKey))
        #expect(
            calledBefore.count <= stored.count + 2,
            "calls after the signal: \(calledBefore.count) called, \(stored.count) stored")
        let report = try project.read("reports/p/v1.md")
        #expect(report.contains("interrupted"))

        let before = server.log.count
        let resumed = try await CLIRunner.run(Self.arguments, in: project.root, environment: ["PG_LIFE_KEY": Self.key])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let finished = Set(stored.map(\.caseID))
        #expect(server.log[before...].compactMap(\.caseKey).allSatisfy { !finished.contains($0) })
        #expect(try store.results(runID: try #require(run.id)).count == Self.cases)
    }

    /// `gate` stops the run it started the way `run` stops (exit 3, what finished stored as
    /// `interrupted`), and the next `gate` finishes that run instead of starting over.
    @Test func aSignalDuringGateStoresWhatFinishedAndTheNextGateFinishesIt() async throws {
        let server = try FakeLLMServer(latency: 0.2) { _ in .content(#"{"sentiment": "positive"}"#) }
        defer { server.stop() }
        let project = try project(base: server.openAIBaseURL)
        defer { project.remove() }
        try project.write(
            "prompts/p/v2.md", "---\ntestset: t\nmodel: m\nmax_tokens: 20\n---\n# user\ncase={{ref}} classify again\n")
        let db = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
        let process = try start(["gate", "p"], in: project.root)
        try await waitForResults(4, db: db)
        kill(process.processIdentifier, SIGTERM)
        #expect(await waitForExit(process) == 3)
        #expect(process.terminationReason == .exit, "killed by the signal instead of exiting 3")
        let store = try ResultStore(path: db)
        let run = try #require(try store.runs(prompt: "p").first)
        #expect(run.version == 1 && run.status == .interrupted)
        #expect(try store.results(runID: try #require(run.id)).count < Self.cases)

        let again = try await CLIRunner.run(["gate", "p"], in: project.root, environment: ["PG_LIFE_KEY": Self.key])
        #expect(again.status == 0, "\(again.stdout)\n\(again.stderr)")
        #expect(again.stderr.contains("p@v1: finished interrupted run #1, whose"), "\(again.stderr)")
        #expect(try store.results(runID: try #require(run.id)).count == Self.cases)
        let baselineCalls = server.log.filter { request in !request.messages.contains { $0.content.contains("again") } }
        #expect(baselineCalls.count <= Self.cases + 2, "the baseline's finished cases were called again")
    }

    @Test func aStandardErrorThatCannotBeWrittenNeverTraps() async throws {
        let project = try project(base: "http://127.0.0.1:9/v1")
        defer { project.remove() }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["history", "p"]
        process.currentDirectoryURL = project.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/full")
        try process.run()
        #expect(await waitForExit(process) == 2)
        #expect(process.terminationReason == .exit)
    }
}

/// The exec provider as the CLI runs it: its children get signals, and stop with the run.
@Suite(.serialized) struct ExecChildSignalTests {
    func project(script: String, timeout: Double) throws -> TempProject {
        let project = try TempProject(files: [
            "promptgate.yaml":
                "version: 1\ndefaults:\n  provider: pipeline\nproviders:\n  pipeline:\n    type: exec\n    command: [./pipeline.sh]\n    timeout: \(timeout)\nretry:\n  max_attempts: 1\n",
            "testsets/t/cases.jsonl": #"{"id": "c1", "vars": {"ref": "c1"}, "expected": {"sentiment": "positive"}}"#,
            "testsets/t/schema.json": #"{"type": "object", "required": ["sentiment"]}"#,
            "prompts/p/v1.md": "---\ntestset: t\nmodel: m\nmax_tokens: 20\n---\n# user\ncase={{ref}} classify\n",
            "pipeline.sh": "#!/bin/sh\n" + script + "\n",
        ])
        chmod(project.root.appendingPathComponent("pipeline.sh").path, 0o755)
        return project
    }

    @Test func theTimeoutsSIGTERMReachesTheCommandEvenWhenPromptgateStartsWithItBlocked() async throws {
        let project = try project(
            script: "trap 'echo term > got-term.txt; exit 1' TERM\ncat >/dev/null\nsleep 30 &\nwait", timeout: 0.5)
        defer { project.remove() }
        // perl (in Debian's perl-base) starts promptgate with the stop signals blocked, as some
        // CI runners and supervisors do.
        let block = "use POSIX; sigprocmask(SIG_BLOCK, POSIX::SigSet->new(SIGINT, SIGTERM, SIGHUP)); exec @ARGV or die"
        let result = try await CLIRunner.run(
            ["-e", block, CLIRunner.binary.path, "run", "p@v1"], in: project.root, executable: "/usr/bin/perl")
        #expect(result.status == 3, "\(result.stderr)")
        #expect((try? project.read("got-term.txt")) == "term\n", "SIGTERM was blocked in the command")
    }

    @Test func aSignalToPromptgateStopsTheCommandsInFlight() async throws {
        let project = try project(script: "cat >/dev/null\necho $$ > child.pid\nsleep 30", timeout: 60)
        defer { project.remove() }
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["run", "p@v1"]
        process.currentDirectoryURL = project.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var pid: Int32?
        for _ in 0..<100 where pid == nil {
            try await Task.sleep(nanoseconds: 50_000_000)
            pid = (try? project.read("child.pid")).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let child = try #require(pid)
        let signalled = Date()
        kill(process.processIdentifier, SIGTERM)
        let status: Int32 = await withCheckedContinuation { continuation in
            Thread {
                process.waitUntilExit(); continuation.resume(returning: process.terminationStatus)
            }.start()
        }
        #expect(status == 3 && process.terminationReason == .exit)
        #expect(Date().timeIntervalSince(signalled) < 8, "promptgate waited for the command instead of stopping it")
        try await Task.sleep(nanoseconds: 300_000_000)
        let stat = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)) ?? ""
        #expect(stat.isEmpty || stat.contains(") Z "), "the command outlived promptgate: \(stat)")
    }
}
