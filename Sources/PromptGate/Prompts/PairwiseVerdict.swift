/// A pairwise judge's answer (`verdict: pairwise` in its front matter): which of the two answers it
/// was shown is better, answer A (shown first), answer B, or neither.
public enum PairwiseVerdict: String, Sendable, CaseIterable {
    case a = "A", b = "B", tie

    /// The `verdict:` value that makes a prompt a pairwise judge.
    public static let frontMatterValue = "pairwise"

    /// The variables a pairwise judge prompt may use besides the case's own.
    public static let variables: Set<String> = ["answer_a", "answer_b", "expected"]

    /// The structured output a pairwise judge must give: `{"winner": "A" | "B" | "tie", "reason": "…"}`.
    public static let outputSchema: JSONValue = [
        "type": "object",
        "properties": [
            "winner": ["type": "string", "enum": ["A", "B", "tie"]], "reason": ["type": "string"],
        ],
        "required": ["winner", "reason"],
        "additionalProperties": false,
    ]

    /// The verdict in `winner` (case-insensitive), or nil when it is not one.
    public init?(winner: JSONValue?) {
        guard case .string(let s)? = winner else { return nil }
        switch s.lowercased() {
        case "a": self = .a
        case "b": self = .b
        case "tie": self = .tie
        default: return nil
        }
    }
}
