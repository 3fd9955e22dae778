/// The outcome of one case and repeat. A provider error is not a quality failure.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    /// Every hard scorer passed.
    case pass
    /// At least one hard scorer failed.
    case fail
    /// The case could not be answered (provider error, dead-lettered): not scored.
    case error
}

/// All scores of one answer, the verdict and the weighted mean score.
public struct CaseEvaluation: Sendable, Equatable {
    public var scores: [Score]
    public var verdict: Verdict
    public var score: Double
    /// Reasons of the hard scorers that failed, for reports and JUnit.
    public var reasons: [String]
}
