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

extension FakeJudge {
    /// The two answers of a pairwise judge's request, between `<answer_a>`…`</answer_a>` and
    /// `<answer_b>`…`</answer_b>` in its last user message; nil when the request is not one.
    public static func pair(_ request: FakeLLMRequest) -> (a: String, b: String)? {
        let message = request.lastUserMessage
        func between(_ open: String, _ close: String) -> String? {
            guard let start = message.range(of: open),
                let end = message.range(of: close, range: start.upperBound..<message.endIndex)
            else { return nil }
            return String(message[start.upperBound..<end.lowerBound])
        }
        guard let a = between("<answer_a>", "</answer_a>"), let b = between("<answer_b>", "</answer_b>") else {
            return nil
        }
        return (a, b)
    }

    /// A fair pairwise judge's reply: the answer `quality` rates higher wins, equal ratings tie;
    /// the order the answers came in makes no difference.
    public static func pairwise(_ pair: (a: String, b: String), quality: (String) -> Int) -> FakeReply {
        let (qa, qb) = (quality(pair.a), quality(pair.b))
        let winner = qa > qb ? "A" : qb > qa ? "B" : "tie"
        return pairwiseReply(winner, reason: "rated A \(qa) and B \(qb)")
    }

    /// A position-biased pairwise judge's reply: it always prefers the answer shown first.
    public static func firstShown(_ pair: (a: String, b: String)) -> FakeReply {
        pairwiseReply("A", reason: "the first answer reads better")
    }

    private static func pairwiseReply(_ winner: String, reason: String) -> FakeReply {
        let reply: JSONValue = ["winner": .string(winner), "reason": .string(reason)]
        return .content(JSONWriter.canonical(reply), inputTokens: 60, outputTokens: 12)
    }
}
