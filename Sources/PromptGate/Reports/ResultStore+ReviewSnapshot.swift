extension ResultStore {
    /// Loads a run for a report or a diff, with the texts of the results its review sample shows.
    public func snapshot(runID: Int64) throws(StoreError) -> RunSnapshot {
        try snapshot(runID: runID, textsOf: ReviewSample.ids)
    }

    /// Loads two runs at once (a diff's baseline and candidate), each with its review sample's texts.
    public func snapshots(_ first: Int64, _ second: Int64) throws(StoreError) -> (RunSnapshot, RunSnapshot) {
        try snapshots(first, second, textsOf: ReviewSample.ids)
    }
}

extension ReviewSample {
    /// The result ids a report's review sample of `run` shows (`pick` with the default size and the run's seed).
    static func ids(of run: RunRecord, in results: ResultRows) -> [Int64] {
        pick(from: results, size: defaultSize, seed: run.sampleSeed).compactMap(\.id)
    }
}
