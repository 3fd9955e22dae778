/// A run figure a scorer feeds: the summary table shows one row per metric, and `RunMetrics`
/// computes it from the stored scores. Scorers that name the same metric id add up into one row
/// (the `pii` and `input_echo` findings are one count).
public struct ScorerMetric: Sendable, Equatable {
    /// How the figure is computed from a run's scored results (results with a provider error
    /// are left out).
    public enum Tally: Sendable, Equatable {
        /// The share of scored results where the scorer passed (1 when it never scored).
        case passShare
        /// The number of results where the scorer failed.
        case failedResults
        /// The number of findings where the scorer failed: its details' items, else its reasons.
        case findings
        /// The weight-share of compared fields that matched (1 when nothing was compared).
        case fieldShare
        /// The number of results (errors included) that stopped for this reason.
        case stopReason(StopReason)

        /// True for a share (shown as a percentage), false for a count.
        public var isShare: Bool {
            switch self {
            case .passShare, .fieldShare: return true
            case .failedResults, .findings, .stopReason: return false
            }
        }
    }

    /// Key of the figure in `RunMetrics.scorerFigures`.
    public let id: String
    /// The summary table's row label.
    public let label: String
    public let tally: Tally
    /// Where the row sits in the summary table: rows sort by it (the built-in ones use 10, 20, …).
    public let position: Int

    public init(id: String, label: String, tally: Tally, position: Int) {
        self.id = id
        self.label = label
        self.tally = tally
        self.position = position
    }
}
