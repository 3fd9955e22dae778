/// A refusal as a finding: a case the model refused or the provider's content filter stopped
/// fails with a `refusal` score — an outcome, counted and gated, never an unparseable answer. When
/// a re-ask (`reask_refusals`) answered after a refusal, a passing `refusal` score keeps that the
/// first answer was refused. Answers with no refusal get no `refusal` score, so scores stay as
/// they were.
public enum RefusalFinding {
    public static let id = "refusal"
    /// A refusal fails the case whatever `scorers: hard:` says.
    public static let hardness = ScorerHardness.always

    /// The `refusal` score of `output`, or nil when no refusal was involved.
    public static func score(_ output: ModelOutput) -> Score? {
        switch output.stopReason {
        case .refusal:
            return .fail(
                id, ["the model refused to answer: \(excerpt(output.text))"], details: ["stop_reason": "refusal"])
        case .contentFilter:
            return .fail(
                id, ["the provider's content filter stopped the answer (content_filter)"],
                details: ["stop_reason": "content_filter"])
        default:
            guard let first = output.refusedFirst else { return nil }
            return Score(
                scorer: id, status: .pass, value: 1,
                reasons: ["the first answer was refused (\(first.rawValue)); a re-ask answered"],
                details: ["first_stop_reason": .string(first.rawValue)])
        }
    }

    private static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.isEmpty ? "(no text)" : (flat.count > 160 ? String(flat.prefix(160)) + "…" : flat)
    }
}
