import PromptGate

/// Deterministic judges for the fake LLM server. A judge prompt shows the judged text between
/// `<answer>` and `</answer>`; the judge reads it from the request and answers `{verdict, reason}`.
public enum FakeJudge {
    /// The text between `<answer>` and `</answer>` in the request's last user message, or nil when
    /// the request is not a judge's.
    public static func judged(_ request: FakeLLMRequest) -> String? {
        let message = request.lastUserMessage
        guard let open = message.range(of: "<answer>"),
            let close = message.range(of: "</answer>", range: open.upperBound..<message.endIndex)
        else { return nil }
        return String(message[open.upperBound..<close.lowerBound])
    }

    /// A rubric judge's reply: `verdict` from `grade` (a score 1–5, or "pass"/"fail"), with a reason
    /// quoting how long the judged text was.
    public static func rubric(_ text: String, grade: (String) -> JSONValue) -> FakeReply {
        let verdict = grade(text)
        let reply: JSONValue = [
            "verdict": verdict,
            "reason": .string("graded \(JSONWriter.canonical(verdict)) for a reply of \(text.count) characters"),
        ]
        return .content(JSONWriter.canonical(reply), inputTokens: 40, outputTokens: 10)
    }
}
