/// A stored run with all its results, scores and field outcomes: what compare and reports read.
public struct RunSnapshot: Sendable {
    public let run: RunRecord
    public let results: [ResultRecord]
    public let scores: [Int64: [ScoreRecord]]
    public let fields: [Int64: [FieldScoreRecord]]
    /// The rendered request and raw reply of the results the review sample shows (snapshots leave
    /// these large texts out of `results`).
    public let samples: [Int64: SampleText]

    /// A stored request (canonical JSON) and raw reply.
    public struct SampleText: Sendable, Equatable {
        public let request: String?
        public let output: String?
    }

    public init(run: RunRecord, results: [ResultRecord], scores: [Int64: [ScoreRecord]], fields: [Int64: [FieldScoreRecord]], samples: [Int64: SampleText] = [:]) {
        self.run = run
        self.results = results
        self.scores = scores
        self.fields = fields
        self.samples = samples
    }

    /// Results grouped by case id, repeats in order, case ids sorted.
    public var byCase: [(caseID: String, results: [ResultRecord])] {
        let grouped = Dictionary(grouping: results, by: \.caseID)
        return grouped.keys.sorted().map { ($0, (grouped[$0] ?? []).sorted { $0.repeatIndex < $1.repeatIndex }) }
    }

    /// Scores of one result.
    public func scores(of result: ResultRecord) -> [ScoreRecord] {
        result.id.flatMap { scores[$0] } ?? []
    }

    /// Field outcomes of one result.
    public func fields(of result: ResultRecord) -> [FieldScoreRecord] {
        result.id.flatMap { fields[$0] } ?? []
    }
}

