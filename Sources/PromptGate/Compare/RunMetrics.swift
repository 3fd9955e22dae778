/// Aggregate figures of one run, computed from its stored results.
public struct RunMetrics: Sendable, Equatable {
    public var results: Int
    public var passed: Int
    public var failed: Int
    public var errors: Int
    public var passRate: Double
    public var meanScore: Double
    public var schemaValidity: Double
    public var inputTokens: Int
    public var outputTokens: Int
    public var costUSD: Double
    public var latencyP50: Double
    public var latencyP95: Double
    public var flaggedParses: Int
    public var cacheHits: Int

    public init(_ snapshot: RunSnapshot) {
        let rs = snapshot.results
        results = rs.count
        passed = rs.filter { $0.verdict == .pass }.count
        failed = rs.filter { $0.verdict == .fail }.count
        errors = rs.filter { $0.verdict == .error }.count
        passRate = RunMetrics.passRate(rs)
        let scored = rs.filter { $0.verdict != .error }
        meanScore = scored.isEmpty ? 0 : scored.reduce(0) { $0 + $1.score } / Double(scored.count)
        let schemaScores = scored.compactMap { r in snapshot.scores(of: r).first { $0.scorer == SchemaScorer.id } }
        schemaValidity = schemaScores.isEmpty ? 1 : Double(schemaScores.filter { $0.status == .pass }.count) / Double(schemaScores.count)
        inputTokens = rs.reduce(0) { $0 + $1.inputTokens }
        outputTokens = rs.reduce(0) { $0 + $1.outputTokens }
        costUSD = rs.reduce(0) { $0 + $1.costUSD }
        let latencies = rs.filter { $0.verdict != .error }.map(\.latencyMs).sorted()
        latencyP50 = RunMetrics.quantile(latencies, 0.5)
        latencyP95 = RunMetrics.quantile(latencies, 0.95)
        flaggedParses = rs.filter { $0.parseMode == .fenced || $0.parseMode == .extracted }.count
        cacheHits = rs.filter(\.cacheHit).count
    }

    /// Passed over scored results (errors excluded: they are not quality).
    public static func passRate(_ results: [ResultRecord]) -> Double {
        let pass = results.filter { $0.verdict == .pass }.count
        let scored = results.filter { $0.verdict != .error }.count
        return scored == 0 ? 0 : Double(pass) / Double(scored)
    }

    /// Linear-interpolation quantile of sorted values (numpy's default).
    public static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = Int(position.rounded(.up))
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
