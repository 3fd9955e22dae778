import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// Rubric judges run through the pipeline against the fake server playing a deterministic judge.
    @Suite struct RubricJudgeTests {
        static let key = "PG_JUDGE_KEY"
        static let replies = [
            "c1": "Thank you, it ships today.", "c2": "Wait like everyone else.",
            "c3": "Thanks for waiting: it is on its way.",
        ]

        static func run(
            _ project: TempProject, prompt: String = "reply", configure: (inout RunCommand.Options) -> Void = { _ in }
        ) async throws -> (RunCommand.Outcome, ResultStore) {
            var options = RunCommand.Options(reference: PromptReference(name: prompt, version: nil))
            options.environment = [key: ProviderFixtures.key]
            configure(&options)
            let opened = try project.open()
            let outcome = try await RunCommand.run(project: opened, options: options)
            return (outcome, try opened.openStore())
        }

        @Test func verdictsAndReasonsAreStoredPerCaseAndTheJudgesCostIsCountedApart() async throws {
            let server = try FakeLLMServer(answer: JudgeProject.answer(Self.replies))
            defer { server.stop() }
            let project = try JudgeProject.make(base: server.openAIBaseURL, keyEnv: Self.key)
            defer { project.remove() }
            let (outcome, store) = try await Self.run(project)
            #expect(server.requests.count == 6, "3 answers and 3 judge calls")
            let runID = try #require(outcome.run.id)
            let snapshot = try store.snapshot(runID: runID)
            let byCase = Dictionary(uniqueKeysWithValues: snapshot.results.map { ($0.caseID, $0) })
            #expect(byCase["c1"]?.verdict == .pass && byCase["c3"]?.verdict == .pass)
            let failed = try #require(byCase["c2"])
            #expect(failed.verdict == .fail)
            #expect(
                failed.reasons.contains {
                    $0.hasPrefix("judge: polite@v1 on reply: 2/5, below 4: graded 2 for a reply of 24 characters")
                }, "\(failed.reasons)")
            let score = try #require(snapshot.scores(of: failed).first { $0.scorer == "judge" })
            let judgement = try #require(score.details?.arrayValue?.first.flatMap(Judgement.init(json:)))
            #expect(judgement.verdict == 2 && judgement.threshold == 4 && judgement.reason.hasPrefix("graded 2"))
            #expect(judgement.usage == TokenUsage(inputTokens: 40, outputTokens: 10) && judgement.calls == 1)
            #expect(score.value == 0.25, "a score of 2 on 1–5 is (2 - 1) / 4")

            // The answers cost 12 in / 8 out at $1/$2 per million; the judge 40 / 10 at $10/$20.
            let answer = 12 * 1e-6 + 8 * 2e-6, verdict = 40 * 10e-6 + 10 * 20e-6
            #expect(abs(outcome.metrics.costUSD - 3 * answer) < 1e-12, "judge cost is not the answers' cost")
            #expect(abs(outcome.spentUSD - 3 * answer) < 1e-12)
            #expect(abs(outcome.judgeSpentUSD - 3 * verdict) < 1e-12)
            let stats = try #require(outcome.judges.first)
            #expect(stats.passed == 2 && stats.failed == 1 && stats.verdicts == [5: 2, 2: 1])
            #expect(stats.inputTokens == 120 && stats.outputTokens == 30 && abs(stats.costUSD - 3 * verdict) < 1e-12)
            let attempts = try store.attempts(runID: runID)
            #expect(
                attempts.filter { $0.phase == .judge }.count == 3 && attempts.filter { $0.phase == .primary }.count == 3
            )
            let report = try String(contentsOf: try #require(outcome.reportURL), encoding: .utf8)
            #expect(report.contains("## Judges"))
            #expect(
                report.contains(
                    "| `polite@v1` | `reply` (pass ≥ 4) | 2 | 1 | 0 | 5/5: 2, 2/5: 1 | not measured | 120 / 30 | $0.00180 |"
                ), "\(report)")
        }

        @Test func verdictsAreCachedAndAnEditedJudgeJudgesAgain() async throws {
            let server = try FakeLLMServer(answer: JudgeProject.answer(Self.replies))
            defer { server.stop() }
            let project = try JudgeProject.make(base: server.openAIBaseURL, keyEnv: Self.key)
            defer { project.remove() }
            let (first, _) = try await Self.run(project)
            let (second, store) = try await Self.run(project)
            #expect(server.requests.count == 6, "answers and verdicts come from the cache")
            #expect(second.judges.first?.passed == 2 && second.judges.first?.calls == 0)
            #expect(
                second.judgeSpentUSD == 0 && second.judges.first.map { $0.costUSD > 0 } == true,
                "a cached verdict keeps its cost")
            #expect(try store.attempts(runID: try #require(second.run.id)).isEmpty)

            // A judge change is an input change: the stored run no longer matches, the answers are judged again.
            let plan = try project.open().plan("reply", version: 1)
            let before = RunInputs.fingerprint(plan, pricing: try project.open().config.pricing)
            try project.write(
                "prompts/polite/v1.md",
                JudgeProject.judgePrompt().replacingOccurrences(of: "(rude)", with: "(very rude)"))
            let edited = try project.open().plan("reply", version: 1)
            #expect(RunInputs.fingerprint(edited, pricing: try project.open().config.pricing) != before)
            #expect(!RunInputs.match(first.run, edited, pricing: try project.open().config.pricing))
            _ = try await Self.run(project)
            #expect(server.requests.count == 9, "only the 3 judge calls are made again")
        }

        @Test func aPassFailJudgeOnAJSONFieldAndTheBudgetCountsJudgesApart() async throws {
            let server = try FakeLLMServer { request in
                if let judged = FakeJudge.judged(request) {
                    return FakeJudge.rubric(judged) { $0 == "null" ? "fail" : "pass" }
                }
                return .content(LiveProject.goodAnswer(request.caseKey ?? ""))
            }
            defer { server.stop() }
            let project = try LiveProject.make(
                base: server.openAIBaseURL, keyEnv: Self.key, cases: 4,
                extra: "  judge-model: { input: 10.0, output: 20.0 }")
            defer { project.remove() }
            try project.write("testsets/reviews/testset.yaml", "version: 1\njudges:\n  polite: { field: sentiment }\n")
            try project.write(
                "prompts/polite/v1.md",
                JudgeProject.judgePrompt(scale: "pass_fail").replacingOccurrences(
                    of: "testset: tickets", with: "testset: reviews"))
            let (outcome, store) = try await Self.run(project, prompt: "sentiment")
            let snapshot = try store.snapshot(runID: try #require(outcome.run.id))
            #expect(outcome.metrics.passed == 4 && outcome.judges.first?.verdicts == [1: 4])
            let requests = server.log.filter { FakeJudge.judged($0) != nil }
            #expect(
                Set(requests.compactMap(FakeJudge.judged)) == ["positive", "negative"],
                "the judge reads the field's value")
            #expect(
                snapshot.results.allSatisfy { r in
                    snapshot.scores(of: r).contains { $0.scorer == "judge" && $0.status == .pass }
                })

            let (capped, _) = try await Self.run(project, prompt: "sentiment") {
                $0.noCache = true; $0.budget = BudgetLimits(maxCalls: 3); $0.concurrency = 1
            }
            #expect(capped.run.status == .aborted)
            #expect(
                capped.run.abortReason?.contains("budget reached: 3 calls made (--max-calls 3) (judges: ") == true,
                "\(capped.run.abortReason ?? "")")
        }

        @Test func misconfiguredJudgesAreInputErrors() async throws {
            let project = try JudgeProject.make(base: "http://127.0.0.1:9/v1", keyEnv: Self.key)
            defer { project.remove() }
            func planError() -> String {
                do {
                    _ = try project.open().plan("reply", version: 1)
                    return ""
                } catch {
                    return "\(error)"
                }
            }
            try project.write("testsets/tickets/testset.yaml", JudgeProject.testset(judges: "  missing: {}"))
            #expect(
                planError().contains(
                    "testsets/tickets/testset.yaml:5: error: judge `missing`: unknown prompt `missing`"),
                "\(planError())")
            try project.write("testsets/tickets/testset.yaml", JudgeProject.testset(judges: "  reply: {}"))
            #expect(
                planError().contains(
                    "`reply@v1` is not a judge prompt: add `verdict: pass_fail` or `verdict: scale_1_5`"))
            try project.write(
                "testsets/tickets/testset.yaml", JudgeProject.testset(judges: "  polite: { field: summary }"))
            #expect(planError().contains("judges field `summary`, but reply@v1 answers with text"))
            try project.write(
                "testsets/tickets/testset.yaml", JudgeProject.testset(judges: "  polite: { threshold: 6 }"))
            #expect(planError().contains("`threshold` must be a whole number from 1 to 5, got 6"))
            try project.write("testsets/tickets/testset.yaml", JudgeProject.testset())
            try project.write("prompts/polite/v1.md", JudgeProject.judgePrompt(scale: "pass_fail"))
            #expect(planError().contains("`threshold` applies only to `verdict: scale_1_5`"))
            try project.write("prompts/polite/v1.md", JudgeProject.judgePrompt(scale: "stars"))
            #expect(planError().contains("`verdict` must be one of: pass_fail, scale_1_5, pairwise; got `stars`"))
            try project.write(
                "prompts/polite/v1.md",
                JudgeProject.judgePrompt().replacingOccurrences(of: "{{text}}", with: "{{order}}"))
            #expect(
                planError().contains(
                    "prompts/polite/v1.md: error: case c1: judge variable `order` is not provided by the case"),
                "\(planError())")
            try project.write("prompts/polite/v1.md", JudgeProject.judgePrompt())
            #expect(planError() == "")
            do {
                _ = try project.open().plan("polite", version: 1)
                Issue.record("a judge must not run alone")
            } catch {
                #expect(
                    "\(error)".contains(
                        "`polite` is a judge (`verdict:`): it scores the answers of the prompts whose test set names it"
                    ))
            }
        }
    }
}
