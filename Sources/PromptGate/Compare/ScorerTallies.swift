/// Computes the scorers' declared metrics (`ScorerMetric`) of one run in one pass over its
/// stored results, so a new scorer's figure needs no code here.
struct ScorerTallies {
    private let snapshot: RunSnapshot

    init(_ snapshot: RunSnapshot) {
        self.snapshot = snapshot
    }

    /// Each metric's value by id.
    func figures(_ metrics: [ScorerMetric]) -> [String: Double] {
        var feeds: [String: [Int]] = [:]
        for (index, metric) in metrics.enumerated() {
            for scorer in ScorerRegistry.scorers(feeding: metric.id) { feeds[scorer, default: []].append(index) }
        }
        var scored = [Int](repeating: 0, count: metrics.count), passed = scored, counts = scored
        var failedHere = [Bool](repeating: false, count: metrics.count)
        let needsFields = metrics.contains { $0.tally == .fieldShare }
        var fieldWeight = 0.0, fieldMatched = 0.0
        for result in snapshot.results where result.verdict != .error {
            for i in failedHere.indices { failedHere[i] = false }
            for score in snapshot.scores(of: result) {
                guard let indices = feeds[score.scorer] else { continue }
                for i in indices {
                    scored[i] += 1
                    if score.status == .pass { passed[i] += 1 }
                    guard score.status == .fail else { continue }
                    switch metrics[i].tally {
                    case .findings: counts[i] += max(1, score.details?.arrayValue?.count ?? score.reasons.count)
                    case .failedResults where !failedHere[i]:
                        failedHere[i] = true
                        counts[i] += 1
                    default: break
                    }
                }
            }
            guard needsFields else { continue }
            for field in snapshot.fields(of: result) where field.status != .ignored {
                fieldWeight += field.weight
                if field.status == .match { fieldMatched += field.weight }
            }
        }
        var out: [String: Double] = [:]
        for (i, metric) in metrics.enumerated() {
            switch metric.tally {
            case .passShare: out[metric.id] = scored[i] == 0 ? 1 : Double(passed[i]) / Double(scored[i])
            case .failedResults, .findings: out[metric.id] = Double(counts[i])
            case .fieldShare: out[metric.id] = fieldWeight == 0 ? 1 : fieldMatched / fieldWeight
            case .stopReason(let reason):
                out[metric.id] = Double(snapshot.results.count(where: { $0.stopReason == reason.rawValue }))
            }
        }
        return out
    }
}
