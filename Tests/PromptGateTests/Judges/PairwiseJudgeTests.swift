import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

extension LiveServerSuites {
    /// Pairwise judging in `compare`/`gate`: the judge is asked in both orders, a flip is a tie,
    /// and a significant loss fails the gate. The fake server plays a fair judge and a
    /// position-biased one that always prefers the answer shown first.
    @Suite struct PairwiseJudgeTests {
        static let key = "PG_PAIRWISE_KEY"
        static let cases = 10

        static let judgePrompt = """
            ---
            testset: tickets
            provider: live
            model: judge-model
            max_tokens: 60
            verdict: pairwise
            ---
            # system
            Which reply to the customer is better? Answer {"winner": "A" | "B" | "tie", "reason"}.

            # user
            Ticket: {{text}}
            <answer_a>{{answer_a}}</answer_a>
            <answer_b>{{answer_b}}</answer_b>
            """

        /// v1 thanks the customer; v2 ("briefly") does not. A judge request goes to `judge`.
        static func server(judge: @escaping @Sendable ((a: String, b: String)) -> FakeReply) throws -> FakeLLMServer {
            try FakeLLMServer { request in
                if let pair = FakeJudge.pair(request) { return judge(pair) }
                let brief = request.lastUserMessage.contains("briefly")
                return .content(brief ? "Wait like everyone else." : "Thank you, it ships today.")
            }
        }

        /// The fair judge prefers the reply that thanks the customer.
        static let fair: @Sendable ((a: String, b: String)) -> FakeReply = { pair in
            FakeJudge.pairwise(pair) { $0.lowercased().contains("thank") ? 2 : 1 }
        }

        static func project(
            _ server: FakeLLMServer, pairwise: String = "pairwise: { judge: better }"
        ) throws
            -> TempProject
        {
            let cases = (1...Self.cases).map {
                #"{"id": "c\#($0)", "vars": {"ref": "c\#($0)", "text": "where is my parcel \#($0)?"}}"#
            }.joined(separator: "\n")
            return try TempProject(files: [
                "promptgate.yaml": LiveProject.config(
                    base: server.openAIBaseURL, keyEnv: key, extra: "  judge-model: { input: 10.0, output: 20.0 }"),
                "testsets/tickets/cases.jsonl": cases,
                "testsets/tickets/testset.yaml": "version: 1\n\(pairwise)\n",
                "prompts/reply/v1.md": JudgeProject.replyPrompt(),
                "prompts/reply/v2.md": JudgeProject.replyPrompt(" briefly"),
                "prompts/better/v1.md": judgePrompt,
            ])
        }

        static func compare(_ project: TempProject) async throws -> CompareCommand.Outcome {
            setenv(key, ProviderFixtures.key, 1)
            defer { unsetenv(key) }
            return try await CompareCommand.run(
                project: try project.open(), prompt: "reply", baseline: nil, candidate: 2)
        }

        static func judgeRequests(_ server: FakeLLMServer) -> Int {
            server.requests.count { $0.bodyText.contains("<answer_a>") }
        }

        @Test func aPositionBiasedJudgeFavoursTheFirstAnswerInOneOrderButBothOrdersGiveTies() async throws {
            let server = try Self.server(judge: FakeJudge.firstShown)
            defer { server.stop() }
            let project = try Self.project(server)
            defer { project.remove() }
            let outcome = try await Self.compare(project)
            let pairwise = try #require(outcome.pairwise)
            #expect(Self.judgeRequests(server) == 2 * Self.cases, "every case asked in both orders")
            // The naive comparison (one order) prefers whichever answer was shown first.
            #expect(pairwise.singleOrder(.baselineFirst) == (0, 0, Self.cases), "baseline first: the baseline wins")
            #expect(pairwise.singleOrder(.candidateFirst) == (Self.cases, 0, 0), "candidate first: the candidate wins")
            #expect(pairwise.firstShownShare == 1)
            // Both orders: every answer flips with the order, so every case is a tie.
            #expect(pairwise.wins == 0 && pairwise.ties == Self.cases && pairwise.losses == 0)
            #expect(pairwise.consistency == 0)
            let rule = try #require(outcome.decision.rules.first { $0.rule == PairwiseRule.rule })
            #expect(rule.outcome == .ok, "\(rule.message)")
            #expect(outcome.decision.verdict == .pass, "\(outcome.decision.reasons)")
            let report = try String(contentsOf: outcome.reportURL, encoding: .utf8)
            #expect(report.contains("## Pairwise judge"), "\(report)")
            #expect(
                report.contains("| 0 | 10 | 0 | 0 | 0.0% |")
                    && report.contains("named the answer shown first in 100.0% of the answers naming a winner")
                    && report.contains("it would have said 0 wins, 0 ties, 10 losses for the candidate"), "\(report)")
        }

        @Test func aFairJudgeFailsAClearlyWorseCandidateAndIsNotAskedAgain() async throws {
            let server = try Self.server(judge: Self.fair)
            defer { server.stop() }
            let project = try Self.project(server)
            defer { project.remove() }
            let outcome = try await Self.compare(project)
            let pairwise = try #require(outcome.pairwise)
            #expect(pairwise.wins == 0 && pairwise.ties == 0 && pairwise.losses == Self.cases)
            #expect(pairwise.consistency == 1 && pairwise.firstShownShare == 0.5)
            #expect(abs(pairwise.alpha - 0.01) < 1e-12, "a fifth of the gate's alpha 0.05")
            #expect(pairwise.signTest.lossPValue == 1.0 / 1024)
            let rule = try #require(outcome.decision.rules.first { $0.rule == PairwiseRule.rule })
            #expect(rule.outcome == .fail, "\(rule.message)")
            #expect(
                rule.message.contains("0 wins, 0 ties, 10 losses")
                    && rule.message.contains("A significant loss (alpha = 0.01)"), "\(rule.message)")
            #expect(outcome.decision.verdict == .fail && outcome.exitStatus == .gateFailed)
            // The other statistical rules spend the rest of alpha: 4/5 of 0.05 x 4/5 for the pass rate.
            #expect(outcome.decision.passRate.map { abs($0.alpha - 0.032) < 1e-12 } == true)
            let report = try String(contentsOf: outcome.reportURL, encoding: .utf8)
            #expect(report.contains("### Cases the candidate lost (10)"), "\(report)")
            #expect(
                report.contains(
                    "- `c1`: baseline shown first: rated A 2 and B 1; candidate shown first: rated A 1 and B 2"))
            // Judge cost is its own: 20 answers of 60 / 12 tokens at $10 / $20 per million.
            #expect(abs(pairwise.costUSD - 20 * (60 * 10e-6 + 12 * 20e-6)) < 1e-12 && pairwise.calls == 20)

            let asked = server.requests.count
            let again = try await Self.compare(project)
            #expect(
                server.requests.count == asked, "the runs are stored and the verdicts cached: nothing is asked again")
            #expect(again.pairwise?.losses == Self.cases && again.pairwise?.calls == 0)
            #expect(again.decision.verdict == .fail)
        }

        @Test func identicalAnswersAreTiesTheJudgeIsNotAskedAbout() async throws {
            let server = try Self.server(judge: FakeJudge.firstShown)
            defer { server.stop() }
            let project = try Self.project(server)
            defer { project.remove() }
            // v2 words the prompt differently but gets the same replies as v1.
            try project.write("prompts/reply/v2.md", JudgeProject.replyPrompt(" kindly"))
            let outcome = try await Self.compare(project)
            let pairwise = try #require(outcome.pairwise)
            #expect(Self.judgeRequests(server) == 0, "nothing to ask about identical answers")
            #expect(pairwise.ties == Self.cases && pairwise.identical == Self.cases && pairwise.consistency == nil)
            #expect(outcome.decision.rules.first { $0.rule == PairwiseRule.rule }?.outcome == .ok)
            let report = try String(contentsOf: outcome.reportURL, encoding: .utf8)
            #expect(report.contains("10 of the ties had the same answer on both sides"), "\(report)")
        }

        @Test func aJudgeThatIsNotPairwiseIsBadInput() async throws {
            let server = try Self.server(judge: Self.fair)
            defer { server.stop() }
            let project = try Self.project(server)
            defer { project.remove() }
            try project.write(
                "prompts/better/v1.md", Self.judgePrompt.replacingOccurrences(of: "pairwise", with: "pass_fail"))
            await #expect(throws: InputError.self) { _ = try await Self.compare(project) }
            #expect(server.requests.isEmpty, "bad input stops the command before anything runs")
            do {
                _ = try await Self.compare(project)
            } catch let error as InputError {
                #expect(error.description.contains("`better@v1` is not a pairwise judge: add `verdict: pairwise`"))
            }
            // A pairwise judge named under `judges:` is refused too.
            try project.write("prompts/better/v1.md", Self.judgePrompt)
            try project.write("testsets/tickets/testset.yaml", "version: 1\njudges:\n  better: {}\n")
            do {
                _ = try await Self.compare(project)
                Issue.record("expected bad input")
            } catch let error as InputError {
                #expect(
                    error.description.contains("is a pairwise judge (`verdict: pairwise`): name it under `pairwise:"))
            }
        }
    }
}
