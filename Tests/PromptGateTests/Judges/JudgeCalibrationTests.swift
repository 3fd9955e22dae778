import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// `judge calibrate` against the fake server's pass/fail judge (pass when the reply thanks).
    @Suite struct JudgeCalibrationTests {
        static let key = "PG_CALIBRATE_KEY"

        /// Eight labelled replies: the judge agrees on six. People: pass l1 l2 l6 l7; judge: pass l1 l2 l5 l7.
        /// Confusion (rows people fail/pass, columns judge fail/pass) [[3, 1], [1, 3]]: accuracy 0.75,
        /// chance agreement 0.5, kappa (0.75 - 0.5) / 0.5 = 0.5.
        static let labels = [
            ("l1", "Thank you, it ships today.", "pass"), ("l2", "Thanks for waiting.", "pass"),
            ("l3", "Go away.", "fail"),
            ("l4", "No.", "fail"), ("l5", "Thank you, but no refund, ever.", "fail"),
            ("l6", "It shipped this morning.", "pass"),
            ("l7", "thank u, sorted", "pass"), ("l8", "Whatever.", "fail"),
        ].map { id, output, label in
            #"{"id": "\#(id)", "vars": {"text": "where is my parcel?"}, "output": "\#(output)", "label": "\#(label)"}"#
        }
        .joined(separator: "\n")

        static func server() throws -> FakeLLMServer {
            try FakeLLMServer { request in
                guard let judged = FakeJudge.judged(request) else { return .content("no reply") }
                return FakeJudge.rubric(judged) { $0.lowercased().contains("thank") ? "pass" : "fail" }
            }
        }

        static func calibrate(
            _ project: TempProject, labels: String = Self.labels, budget: BudgetLimits = BudgetLimits()
        ) async throws -> JudgeCalibrateCommand.Outcome {
            try project.write("labels.jsonl", labels)
            var options = JudgeCalibrateCommand.Options(
                reference: PromptReference(name: "polite", version: nil),
                labels: project.root.appendingPathComponent("labels.jsonl"), labelsDisplay: "labels.jsonl")
            options.environment = [key: ProviderFixtures.key]
            options.budget = budget
            return try await JudgeCalibrateCommand.run(project: try project.open(), options: options)
        }

        /// A project whose pass/fail judge `polite` calls `server`.
        static func project(on server: FakeLLMServer) throws -> TempProject {
            try JudgeProject.make(
                base: server.openAIBaseURL, keyEnv: Self.key, testset: JudgeProject.testset(judges: "  polite: {}"),
                judge: JudgeProject.judgePrompt(scale: "pass_fail"))
        }

        /// `--max-calls` caps the judge: the calibration stops (exit 3) and stores nothing.
        @Test func aCapStopsTheCalibrationAndStoresNothing() async throws {
            let server = try Self.server()
            defer { server.stop() }
            let project = try Self.project(on: server)
            defer { project.remove() }
            await #expect(throws: CalibrationStopped.self) {
                _ = try await Self.calibrate(project, budget: BudgetLimits(maxCalls: 3))
            }
            #expect(server.requests.count <= 3)
            let judge = try project.open().prompts.load("polite", version: 1)
            #expect(
                try project.open().openStore().latestCalibration(
                    judge: "polite", version: 1, promptHash: judge.contentHash) == nil)
        }

        @Test func agreementIsMeasuredAndStoredWithTheJudgesVersion() async throws {
            let server = try Self.server()
            defer { server.stop() }
            let project = try Self.project(on: server)
            defer { project.remove() }
            let outcome = try await Self.calibrate(project)
            #expect(server.requests.count == 8)
            #expect(outcome.agreement.confusion == [[3, 1], [1, 3]])
            #expect(outcome.agreement.accuracy == 0.75 && abs((outcome.agreement.kappa ?? 0) - 0.5) < 1e-12)
            #expect(outcome.record.weighting == "unweighted" && outcome.unjudged.isEmpty)
            let again = try await Self.calibrate(project)
            #expect(server.requests.count == 8, "the verdicts are cached: calibrating again asks nothing")
            #expect(again.agreement.confusion == outcome.agreement.confusion)
            let judge = try project.open().prompts.load("polite", version: 1)
            let stored = try #require(
                try project.open().openStore().latestCalibration(
                    judge: "polite", version: 1, promptHash: judge.contentHash))
            #expect(
                stored.count == 8 && abs((stored.kappa ?? 0) - 0.5) < 1e-12 && stored.kappaLow != nil
                    && stored.kappaHigh != nil)
            #expect(stored.summary.hasPrefix("κ 0.50 (95% CI "), "\(stored.summary)")

            // The run report shows the judge's measured agreement beside its verdicts.
            var run = RunCommand.Options(reference: PromptReference(name: "reply", version: nil))
            run.environment = [Self.key: ProviderFixtures.key]
            let ran = try await RunCommand.run(project: try project.open(), options: run)
            let report = try String(contentsOf: try #require(ran.reportURL), encoding: .utf8)
            #expect(report.contains("| \(stored.summary) |"), "\(report)")

            // The gate refuses to gate on it below the policy's kappa, and on an uncalibrated judge.
            var policy = GatePolicy()
            policy.judgeMinKappa = 0.6
            let low = try #require(
                JudgeAgreementRule.evaluate(judges: ["polite@v1"], calibrations: ["polite@v1": stored], policy: policy))
            #expect(
                low.outcome == .inconclusive && low.message.contains("polite@v1 agrees with people at κ 0.50")
                    && low.message.contains("below judge_min_kappa 0.6"))
            let none = try #require(
                JudgeAgreementRule.evaluate(judges: ["polite@v1"], calibrations: [:], policy: policy))
            #expect(
                none.outcome == .inconclusive
                    && none.message.contains(
                        "polite@v1 has no measured agreement with people (run `promptgate judge calibrate polite@v1")
            )
            policy.judgeMinKappa = 0.4
            #expect(
                JudgeAgreementRule.evaluate(judges: ["polite@v1"], calibrations: ["polite@v1": stored], policy: policy)?
                    .outcome == .ok)
            #expect(
                JudgeAgreementRule.evaluate(judges: ["polite@v1"], calibrations: [:], policy: GatePolicy()) == nil,
                "no judge_min_kappa, no rule")

            // An edited judge is no longer covered by the old measurement.
            try project.write(
                "prompts/polite/v1.md",
                JudgeProject.judgePrompt(scale: "pass_fail").replacingOccurrences(of: "(rude)", with: "(curt)"))
            let edited = try project.open().prompts.load("polite", version: 1)
            #expect(
                try project.open().openStore().latestCalibration(
                    judge: "polite", version: 1, promptHash: edited.contentHash) == nil)
        }

        @Test func badLabelsAreInputErrorsWithTheirLines() async throws {
            let project = try JudgeProject.make(
                base: "http://127.0.0.1:9/v1", keyEnv: Self.key, judge: JudgeProject.judgePrompt())
            defer { project.remove() }
            let labels = """
                {"id": "a", "vars": {"text": "t"}, "output": "Thanks", "label": 4}
                {"id": "a", "vars": {"text": "t"}, "output": "Thanks", "label": 4}
                {"id": "b", "vars": {"text": "t"}, "output": "Thanks", "label": "pass"}
                {"id": "c", "output": "Thanks", "label": 2}
                not json
                """
            do {
                _ = try await Self.calibrate(project, labels: labels)
                Issue.record("bad labels must not calibrate")
            } catch let error as InputError {
                let text = "\(error)"
                #expect(text.contains("labels.jsonl:2: error: duplicate id `a`"))
                #expect(
                    text.contains(
                        "labels.jsonl:3: error: `label` must be a whole number from 1 to 5 (this judge has `verdict: scale_1_5`); got \"pass\""
                    ))
                #expect(text.contains("labels.jsonl:5: error: each line must be a JSON object"))
            }
            do {
                _ = try await Self.calibrate(project, labels: #"{"id": "c", "output": "Thanks", "label": 2}"#)
                Issue.record("a missing judge variable must not calibrate")
            } catch let error as InputError {
                #expect(
                    "\(error)".contains(
                        "labels.jsonl:1: error: example `c` lacks the judge's variable `text` in `vars`"), "\(error)")
            }
        }
    }
}

/// The bundled example's labels calibrate its summary judge offline with the figures docs/judges.md quotes.
@Suite(.serialized) struct ExampleCalibrationTests {
    @Test func theExampleJudgeAgreesWithItsLabelsAsDocumented() async throws {
        let project = try TempProject()
        defer { project.remove() }
        for item in ["promptgate.yaml", "prompts", "testsets"] {
            try FileManager.default.copyItem(
                at: ExampleRecordingsTests.root.appendingPathComponent(item),
                to: project.root.appendingPathComponent(item))
        }
        let labels = "testsets/support-tickets/judge-labels.jsonl"
        let outcome = try await JudgeCalibrateCommand.run(
            project: try project.open(),
            options: JudgeCalibrateCommand.Options(
                reference: PromptReference(name: "judge-summary", version: nil),
                labels: project.root.appendingPathComponent(labels), labelsDisplay: labels))
        #expect(outcome.agreement.count == 34 && outcome.unjudged.isEmpty)
        #expect(String(format: "%.1f%%", outcome.agreement.accuracy * 100) == "82.4%")
        #expect(outcome.record.summary == "κ 0.94 (95% CI 0.87 to 0.98) quadratic-weighted, n = 34")
        #expect(outcome.linearKappa.map { String(format: "%.2f", $0) } == "0.87")
        #expect(
            outcome.agreement.confusion == [
                [0, 0, 0, 0, 0], [0, 8, 0, 0, 0], [0, 1, 2, 2, 0], [0, 0, 1, 5, 0], [0, 0, 0, 2, 13],
            ])
    }
}
