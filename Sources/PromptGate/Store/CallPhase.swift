/// Why a call was made for a case (`attempt.phase` in the store).
public enum CallPhase: String, Sendable, Codable {
    /// The prompt's model (first call and its retries).
    case primary
    /// The prompt's `fallback` model, after the primary failed.
    case fallback
    /// A re-ask after an answer that failed to parse or validate.
    case reask
    /// A judge prompt scoring the answer (its cost is counted apart).
    case judge
}
