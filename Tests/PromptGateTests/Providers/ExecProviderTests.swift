import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    @Suite struct ExecProviderTests {
        static let answering = #"""
            #!/bin/sh
            input=$(cat)
            id=$(printf '%s' "$input" | sed -n 's/.*"case_id":"\([^"]*\)".*/\1/p')
            printf '%s' "$input" > "stdin-$id.json"
            n=${id#c}
            if [ $((n % 2)) -eq 1 ]; then s=positive; else s=negative; fi
            printf '{"output": "{\\"sentiment\\": \\"%s\\", \\"name\\": null}", "stop_reason": "stop", "usage": {"input_tokens": 30, "output_tokens": 9}}\n' "$s"
            """#

        static func project(script: String, timeout: Double = 5) throws -> TempProject {
            let project = try LiveProject.make(
                base: "http://127.0.0.1:9/v1", keyEnv: "UNUSED", cases: 3,
                prompt: LiveProject.prompt(provider: "pipeline"),
                providerExtra: "  pipeline:\n    type: exec\n    command: [./pipeline.sh]\n    timeout: \(timeout)",
                extra: "retry:\n  max_attempts: 2\n  base_delay: 0.01\n")
            try project.write("pipeline.sh", script)
            chmod(project.root.appendingPathComponent("pipeline.sh").path, 0o755)
            return project
        }

        @Test func runsTheCommandPerCaseWithTheRequestOnStdin() async throws {
            let project = try Self.project(script: Self.answering)
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "UNUSED").run()
            #expect(outcome.metrics.passed == 3)
            let runID = try #require(outcome.run.id)
            #expect(try store.results(runID: runID).allSatisfy { $0.inputTokens == 30 && $0.outputTokens == 9 })
            let stdin = try JSONParser.parse(try project.read("stdin-c2.json"))
            #expect(
                stdin["format"] == 1 && stdin["case_id"] == "c2" && stdin["model"] == "test-model"
                    && stdin["max_tokens"] == 50)
            #expect(stdin["messages"]?.arrayValue?.last?["content"] == "case=c2 Review: review number 2")
        }

        @Test func aFailingCommandIsAnErrorWithItsExitCodeAndStderr() async throws {
            let project = try Self.project(
                script: "#!/bin/sh\ncat >/dev/null\necho 'boom: the pipeline broke' >&2\nexit 7\n")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "UNUSED").run()
            let runID = try #require(outcome.run.id)
            let result = try #require(try store.results(runID: runID).first)
            #expect(result.verdict == .error && result.errorKind == "command_failed" && result.attemptCount == 1)
            #expect(
                result.errorMessage?.contains("exited with code 7") == true
                    && result.errorMessage?.contains("boom: the pipeline broke") == true)
        }

        @Test func aHangingCommandIsKilledAtTheTimeoutAndRetried() async throws {
            let project = try Self.project(script: "#!/bin/sh\ncat >/dev/null\nsleep 5\n", timeout: 0.3)
            defer { project.remove() }
            let start = Date()
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "UNUSED").run()
            #expect(Date().timeIntervalSince(start) < 4)
            let attempts = try store.attempts(runID: try #require(outcome.run.id)).filter { $0.caseID == "c1" }
            #expect(attempts.map(\.errorKind) == ["timeout", "timeout"])
        }

        @Test func outputThatIsNotTheJSONEnvelopeIsAnInvalidResponse() async throws {
            let project = try Self.project(script: "#!/bin/sh\ncat >/dev/null\necho 'just text'\n")
            defer { project.remove() }
            let (outcome, store) = try await LiveRun(project: project, keyEnv: "UNUSED").run()
            let runID = try #require(outcome.run.id)
            #expect(try store.results(runID: runID).first?.errorKind == "invalid_response")
        }

        @Test func aMissingCommandStopsTheRunBeforeAnyCall() throws {
            let project = try Self.project(script: Self.answering)
            defer { project.remove() }
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("pipeline.sh"))
            let opened = try project.open()
            let plan = try opened.plan("sentiment", version: 1)
            #expect(throws: InputError.self) {
                try ProviderFactory.make(for: plan, config: opened.config, environment: [:])
            }
        }
    }
}
