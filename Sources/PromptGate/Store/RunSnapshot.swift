/// A stored run with all its results, scores and field outcomes: what compare and reports read.
public struct RunSnapshot: Sendable {
    public let run: RunRecord
    public let results: [ResultRecord]
    public let scores: [Int64: [ScoreRecord]]
    public let fields: [Int64: [FieldScoreRecord]]

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

extension ResultStore {
    /// Loads a run and everything stored for it.
    public func snapshot(runID: Int64) throws(StoreError) -> RunSnapshot {
        guard let run = try run(id: runID) else { throw StoreError.notFound("no run with id \(runID) in \(path)") }
        return RunSnapshot(run: run, results: try results(runID: runID), scores: try scores(runID: runID), fields: try fieldScores(runID: runID))
    }
}
