/// Aggregate quality figures of one run, computed from its stored results.
public struct RunMetrics: Sendable, Equatable {
    public var results: Int
    public var passed: Int
    public var failed: Int
    public var errors: Int
    public var passRate: Double
    public var meanScore: Double
    /// The figures the scorers declare (`ScorerMetric`), by metric id.
    public var scorerFigures: [String: Double]
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
        meanScore =
            scoredCount == 0 ? 0 : rs.reduce(0) { $0 + ($1.verdict == .error ? 0 : $1.score) } / Double(scoredCount)
        scorerFigures = ScorerTallies(snapshot).figures(ScorerRegistry.metrics)
        inputTokens = rs.reduce(0) { $0 + $1.inputTokens }
        outputTokens = rs.reduce(0) { $0 + $1.outputTokens }
        costUSD = rs.reduce(0) { $0 + $1.costUSD }
        let latencies = rs.compactMap { $0.verdict == .error ? nil : $0.latencyMs }.sorted()
        latencyP50 = SampleQuantile.of(sorted: latencies, 0.5)
        latencyP95 = SampleQuantile.of(sorted: latencies, 0.95)
        flaggedParses = rs.count(where: { $0.parseMode == .fenced || $0.parseMode == .extracted })
        cacheHits = rs.count(where: \.cacheHit)
    }

    /// The value of a declared metric (0 when no scorer declares it).
    public func figure(_ metric: ScorerMetric) -> Double { scorerFigures[metric.id] ?? 0 }

    /// Share of results whose output validates against the schema.
    public var schemaValidity: Double { figure(SchemaScorer.validity) }
    /// Weighted share of compared fields that matched, over all scored results.
    public var fieldAccuracy: Double { figure(FieldScorer.accuracy) }
    /// PII findings outside allowed fields, over all results.
    public var piiFindings: Int { Int(figure(PIIScorer.findingsMetric)) }
    /// Results cut off at max_tokens.
    public var truncations: Int { Int(figure(TruncationScorer.truncations)) }
    /// Results whose template leaked.
    public var templateLeaks: Int { Int(figure(TemplateLeakScorer.leaks)) }

    /// Cost per result (0 when there are none).
    public var costPerCase: Double { results == 0 ? 0 : costUSD / Double(results) }

    /// Passed over scored results (errors excluded: they are not quality).
    public static func passRate(_ results: some Collection<ResultRecord>) -> Double {
        passRate(
            passed: results.count(where: { $0.verdict == .pass }),
            scored: results.count(where: { $0.verdict != .error }))
    }

    /// Passed over scored, 0 when nothing was scored.
    static func passRate(passed: Int, scored: Int) -> Double {
        scored == 0 ? 0 : Double(passed) / Double(scored)
    }
}
