/// A stored run with all its results, scores and field outcomes: what compare and reports read.
public struct RunSnapshot: Sendable {
    public let run: RunRecord
    public let results: [ResultRecord]
    /// Scores (packed) and field outcomes in flat arrays with a range per result: one allocation
    /// each, not one per result, so a 10,000-case run stays small in memory.
    let scoreRows: PackedScores
    let scoreRanges: [Int64: Range<Int>]
    let fieldRows: [FieldScoreRecord]
    let fieldRanges: [Int64: Range<Int>]
    /// The rendered request and raw reply of the results the review sample shows (snapshots leave
    /// these large texts out of `results`).
    public let samples: [Int64: SampleText]
    /// `metrics`, computed on first use and shared by every copy of this snapshot.
    private let metricsCache = MetricsCache()

    /// The run's aggregate metrics, computed once: the gate, the reports and the trend all read them.
    public var metrics: RunMetrics { metricsCache.value { RunMetrics(self) } }

    /// A stored request (canonical JSON) and raw reply.
    public struct SampleText: Sendable, Equatable {
        public let request: String?
        public let output: String?
    }

    /// A snapshot from scores and field outcomes grouped by result id.
    public init(run: RunRecord, results: [ResultRecord], scores: [Int64: [ScoreRecord]], fields: [Int64: [FieldScoreRecord]], samples: [Int64: SampleText] = [:]) {
        self.init(run: run, results: results, scoreRows: PackedScores(scores.keys.sorted().flatMap { scores[$0] ?? [] }),
                  fieldRows: fields.keys.sorted().flatMap { fields[$0] ?? [] }, samples: samples)
    }

    /// A snapshot from flat rows in which each result's rows are contiguous.
    init(run: RunRecord, results: [ResultRecord], scoreRows: PackedScores, fieldRows: [FieldScoreRecord], samples: [Int64: SampleText]) {
        self.run = run
        self.results = results
        self.scoreRows = scoreRows
        self.fieldRows = fieldRows
        self.scoreRanges = RunSnapshot.ranges((0..<scoreRows.count).map(scoreRows.resultID(at:)))
        self.fieldRanges = RunSnapshot.ranges(fieldRows.map(\.resultID))
        self.samples = samples
    }

    /// Scores grouped by result id (built on demand).
    public var scores: [Int64: [ScoreRecord]] { Dictionary(grouping: (0..<scoreRows.count).map { scoreRows[$0] }, by: \.resultID) }
    /// Field outcomes grouped by result id (built on demand).
    public var fields: [Int64: [FieldScoreRecord]] { Dictionary(grouping: fieldRows, by: \.resultID) }

    /// Results grouped by case id, repeats in order, case ids sorted.
    public var byCase: [(caseID: String, results: [ResultRecord])] {
        let grouped = Dictionary(grouping: results, by: \.caseID)
        return grouped.keys.sorted().map { ($0, (grouped[$0] ?? []).sorted { $0.repeatIndex < $1.repeatIndex }) }
    }

    /// Scores of one result, unpacked as they are read.
    public func scores(of result: ResultRecord) -> LazyMapCollection<Range<Int>, ScoreRecord> {
        let range = result.id.flatMap { scoreRanges[$0] } ?? 0..<0
        return range.lazy.map { [scoreRows] in scoreRows[$0] }
    }

    /// Field outcomes of one result.
    public func fields(of result: ResultRecord) -> ArraySlice<FieldScoreRecord> {
        guard let id = result.id, let range = fieldRanges[id] else { return [] }
        return fieldRows[range]
    }

    private static func ranges(_ ids: [Int64]) -> [Int64: Range<Int>] {
        var out: [Int64: Range<Int>] = [:]
        var start = 0
        while start < ids.count {
            var end = start + 1
            while end < ids.count && ids[end] == ids[start] { end += 1 }
            out[ids[start]] = start..<end
            start = end
        }
        return out
    }
}

/// Holds a snapshot's metrics once computed (a class, so copies of the snapshot share it).
final class MetricsCache: Sendable {
    private let stored = Locked<RunMetrics?>(nil)

    func value(_ compute: () -> RunMetrics) -> RunMetrics {
        if let metrics = stored.withLock({ $0 }) { return metrics }
        let metrics = compute()
        stored.withLock { $0 = metrics }
        return metrics
    }
}

