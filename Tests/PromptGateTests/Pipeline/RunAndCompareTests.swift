import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct RunAndCompareTests {
    @Test func runStoresEveryCaseScoresThemAndWritesTheReport() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let outcome = try await RunCommand.run(
            project: try project.open(), options: .init(reference: PromptReference(name: "sentiment", version: 1)))
        #expect(outcome.run.status == .completed)
        #expect(outcome.metrics.passed == 2 && outcome.metrics.failed == 1 && outcome.metrics.errors == 0)
        #expect(outcome.exitStatus == .ok)
        let report = try project.read("reports/sentiment/v1.md")
        #expect(report.contains("# sentiment@v1"))
        #expect(report.contains("`c3`"))
        #expect(report.contains("sentiment: expected \"neutral\", got \"positive\""))
    }

    @Test func compareFindsTheRegressionAndTheFixAndFlagsExtraction() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let outcome = try await CompareCommand.run(
            project: try project.open(), prompt: "sentiment", baseline: nil, candidate: nil)
        #expect(outcome.diff.baseline.run.version == 1 && outcome.diff.candidate.run.version == 2)
        #expect(outcome.diff.regressions.map(\.caseID) == ["c2"])
        #expect(outcome.diff.fixes.map(\.caseID) == ["c3"])
        #expect(outcome.exitStatus == .gateFailed)
        let c1 = try #require(outcome.diff.candidate.results.first { $0.caseID == "c1" })
        #expect(c1.parseMode == .extracted && c1.verdict == .pass)
        let c2 = try #require(outcome.diff.candidate.results.first { $0.caseID == "c2" })
        #expect(c2.reasons.contains { $0.contains("placeholders") })
        let report = try String(contentsOf: outcome.reportURL, encoding: .utf8)
        #expect(report.contains("**1 regression**"))
        #expect(report.contains("<details>"))
    }

    @Test func compareReusesStoredRunsUntilTheirFilesChange() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let first = try await CompareCommand.run(
            project: try project.open(), prompt: "sentiment", baseline: .named(1), candidate: 2)
        let second = try await CompareCommand.run(
            project: try project.open(), prompt: "sentiment", baseline: .named(1), candidate: 2)
        #expect(first.diff.candidate.run.id == second.diff.candidate.run.id)
        try project.write(
            "prompts/sentiment/v2.md", MiniProject.prompt("Classify the sentiment. Reply with JSON only!"))
        try project.record(
            "sentiment", version: 2,
            outputs: [
                "c1": "{\"sentiment\": \"positive\", \"name\": \"Ann\"}",
                "c2": "{\"sentiment\": \"negative\", \"name\": null}",
                "c3": "{\"sentiment\": \"neutral\", \"name\": null}",
            ])
        let third = try await CompareCommand.run(
            project: try project.open(), prompt: "sentiment", baseline: .named(1), candidate: 2)
        #expect(third.diff.candidate.run.id != second.diff.candidate.run.id)
        #expect(third.diff.regressions.isEmpty)
    }

    @Test func missingVariableFailsBeforeAnythingIsWritten() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        try project.write("prompts/sentiment/v3.md", MiniProject.prompt("Hello {{customer_name}}"))
        do {
            _ = try await RunCommand.run(
                project: try project.open(), options: .init(reference: PromptReference(name: "sentiment", version: 3)))
            Issue.record("expected an input error")
        } catch let error as InputError {
            let first = try #require(error.diagnostics.first)
            #expect(first.file == "prompts/sentiment/v3.md")
            #expect(first.line == 7)
            #expect(first.caseID == "c1")
            #expect(first.message.contains("`customer_name`"))
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".promptgate").path))
    }
}

@Suite struct ReplayRepeatsTests {
    @Test func askingForMoreRepeatsThanRecordedSaysSoFirstAndCountsTheRest() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        var options = RunCommand.Options(reference: PromptReference(name: "sentiment", version: 1))
        options.repeats = 3
        do {
            _ = try await RunCommand.run(project: try project.open(), options: options)
            Issue.record("expected an input error")
        } catch let error as InputError {
            let messages = error.diagnostics.map(\.message)
            #expect(messages.first?.contains("these recordings hold 1 run per case but the run asks for 3") == true)
            #expect(messages.first?.contains("--repeats 3 --record") == true)
            #expect(messages.count == 1 + 6)  // 3 cases x repeats 1 and 2
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".promptgate").path))
    }
}
