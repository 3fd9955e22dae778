/// Aggregate quality figures of one run, computed from its stored results.
public struct RunMetrics: Sendable, Equatable {
    public var results: Int
    public var passed: Int
    public var failed: Int
    public var errors: Int
    public var passRate: Double
    public var meanScore: Double
    public var schemaValidity: Double
    /// Weighted share of compared fields that matched, over all scored results.
    public var fieldAccuracy: Double
    /// PII findings outside allowed fields, over all results.
    public var piiFindings: Int
    /// Results with at least one placeholder value.
    public var placeholderResults: Int
    /// Results cut off at max_tokens.
    public var truncations: Int
    /// Results whose template leaked.
    public var templateLeaks: Int
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
        passed = rs.count(where: { $0.verdict == .pass })
        failed = rs.count(where: { $0.verdict == .fail })
        errors = rs.count(where: { $0.verdict == .error })
        passRate = RunMetrics.passRate(rs)
        let scoredCount = results - errors
        meanScore = scoredCount == 0 ? 0 : rs.reduce(0) { $0 + ($1.verdict == .error ? 0 : $1.score) } / Double(scoredCount)
        var schemaTotal = 0, schemaPass = 0, pii = 0, placeholders = 0, leaks = 0
        var fieldWeight = 0.0, fieldMatched = 0.0
        for result in rs where result.verdict != .error {
            for score in snapshot.scores(of: result) {
                switch score.scorer {
                case SchemaScorer.id:
                    schemaTotal += 1
                    if score.status == .pass { schemaPass += 1 }
                case PIIScorer.id where score.status == .fail, InputEchoScorer.id where score.status == .fail:
                    pii += max(1, score.details?.arrayValue?.count ?? score.reasons.count)
                case PlaceholderScorer.id where score.status == .fail: placeholders += 1
                case TemplateLeakScorer.id where score.status == .fail: leaks += 1
                default: break
                }
            }
            for field in snapshot.fields(of: result) where field.status != .ignored {
                fieldWeight += field.weight
                if field.status == .match { fieldMatched += field.weight }
            }
        }
        schemaValidity = schemaTotal == 0 ? 1 : Double(schemaPass) / Double(schemaTotal)
        fieldAccuracy = fieldWeight == 0 ? 1 : fieldMatched / fieldWeight
        piiFindings = pii
        placeholderResults = placeholders
        templateLeaks = leaks
        truncations = rs.count(where: { $0.stopReason == StopReason.length.rawValue })
        inputTokens = rs.reduce(0) { $0 + $1.inputTokens }
        outputTokens = rs.reduce(0) { $0 + $1.outputTokens }
        costUSD = rs.reduce(0) { $0 + $1.costUSD }
        let latencies = rs.compactMap { $0.verdict == .error ? nil : $0.latencyMs }.sorted()
        latencyP50 = SampleQuantile.of(sorted: latencies, 0.5)
        latencyP95 = SampleQuantile.of(sorted: latencies, 0.95)
        flaggedParses = rs.count(where: { $0.parseMode == .fenced || $0.parseMode == .extracted })
        cacheHits = rs.count(where: \.cacheHit)
    }

    /// Cost per result (0 when there are none).
    public var costPerCase: Double { results == 0 ? 0 : costUSD / Double(results) }

    /// Passed over scored results (errors excluded: they are not quality).
    public static func passRate(_ results: some Collection<ResultRecord>) -> Double {
        passRate(passed: results.count(where: { $0.verdict == .pass }), scored: results.count(where: { $0.verdict != .error }))
    }

    /// Passed over scored, 0 when nothing was scored.
    static func passRate(passed: Int, scored: Int) -> Double {
        scored == 0 ? 0 : Double(passed) / Double(scored)
    }
}
