/// The latest completed run of every version of a prompt, for trend sections and `history`.
public enum ReportHistory {
    public static func points(prompt: String, store: ResultStore) throws(StoreError) -> [(version: Int, metrics: RunMetrics)] {
        var latest: [Int: Int64] = [:]
        for run in try store.runs(prompt: prompt) where run.status == .completed {
            if let id = run.id { latest[run.version] = id }
        }
        var points: [(version: Int, metrics: RunMetrics)] = []
        for version in latest.keys.sorted() {
            guard let id = latest[version] else { continue }
            points.append((version, RunMetrics(try store.snapshot(runID: id))))
        }
        return points
    }
}
