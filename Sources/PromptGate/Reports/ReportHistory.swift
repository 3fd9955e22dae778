/// The latest completed run of every version of a prompt, for trend sections and `history`.
public enum ReportHistory {
    /// Metrics of the latest completed run of each version up to `upTo` (a report charts the
    /// versions up to its own, so it does not change when a later version runs); `loaded` are runs already in memory
    /// (the ones being reported), reused instead of loaded again. Other runs are loaded one at a
    /// time, so at most one extra run is in memory.
    public static func points(
        prompt: String, store: ResultStore, loaded: [RunSnapshot] = [], upTo: Int = .max
    ) throws(StoreError) -> [(version: Int, metrics: RunMetrics)] {
        var latest: [Int: Int64] = [:]
        for run in try store.runs(prompt: prompt) where run.status == .completed && run.version <= upTo {
            if let id = run.id { latest[run.version] = id }
        }
        var points: [(version: Int, metrics: RunMetrics)] = []
        for version in latest.keys.sorted() {
            guard let id = latest[version] else { continue }
            if let snapshot = loaded.first(where: { $0.run.id == id }) {
                points.append((version, snapshot.metrics))
            } else {
                points.append((version, try store.snapshot(runID: id).metrics))
            }
        }
        return points
    }
}
