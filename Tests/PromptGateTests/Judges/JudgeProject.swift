import Foundation
import PromptGateTestSupport

@testable import PromptGate

/// A temp project whose `reply` prompt (output: text) is judged by `polite` (a 1–5 rubric judge)
/// against the fake LLM server: the server answers case cN with `replies[N]`, and the judge gives 5
/// to a reply that thanks the customer and 2 to one that does not.
enum JudgeProject {
    static func judgePrompt(
        scale: String = "scale_1_5", provider: String = "live", model: String = "judge-model", extra: String = ""
    ) -> String {
        """
        ---
        testset: tickets
        provider: \(provider)
        model: \(model)
        max_tokens: 60
        verdict: \(scale)
        \(extra)
        ---
        # system
        Grade the reply to the customer from 1 (rude) to 5 (polite). Answer {"verdict", "reason"}.

        # user
        Ticket: {{text}}
        <answer>{{output}}</answer>
        """
    }

    /// The judged prompt; `extra` words make another version of it.
    static func replyPrompt(_ extra: String = "") -> String {
        """
        ---
        testset: tickets
        provider: live
        model: test-model
        max_tokens: 80
        output: text
        ---
        # user
        case={{ref}} Answer the customer\(extra): {{text}}
        """
    }

    static func testset(judges: String = "  polite: { threshold: 4 }") -> String {
        """
        version: 1
        text:
          length: { max_words: 40 }
        judges:
        \(judges)
        """
    }

    /// The server's answer: a judge request is graded, any other answered with the case's reply.
    static func answer(_ replies: [String: String]) -> @Sendable (FakeLLMRequest) -> FakeReply {
        { request in
            if let judged = FakeJudge.judged(request) {
                return FakeJudge.rubric(judged) { $0.lowercased().contains("thank") ? 5 : 2 }
            }
            return .content(replies[request.caseKey ?? ""] ?? "no reply")
        }
    }

    static func make(
        base: String, keyEnv: String, cases count: Int = 3, testset: String = JudgeProject.testset(),
        judge: String = JudgeProject.judgePrompt()
    ) throws -> TempProject {
        let cases = (1...count).map {
            #"{"id": "c\#($0)", "vars": {"ref": "c\#($0)", "text": "where is my parcel \#($0)?"}}"#
        }.joined(separator: "\n")
        return try TempProject(files: [
            // `extra` lands under `pricing:`: the judge's model is priced apart (10× the answers').
            "promptgate.yaml": LiveProject.config(
                base: base, keyEnv: keyEnv, extra: "  judge-model: { input: 10.0, output: 20.0 }"),
            "testsets/tickets/cases.jsonl": cases,
            "testsets/tickets/testset.yaml": testset,
            "prompts/reply/v1.md": replyPrompt(),
            "prompts/polite/v1.md": judge,
        ])
    }
}
