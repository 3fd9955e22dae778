/// How a run behaved operationally: latency, tokens, stop reasons, errors, retries, cache,
/// fallback and cost, with the warnings a reviewer should not miss.
public struct OperationalSignals: Sendable, Equatable {
    public var latencyP50 = 0.0, latencyP95 = 0.0, latencyP99 = 0.0
    public var outputTokensP50 = 0.0, outputTokensP95 = 0.0, outputTokensMax = 0
    public var stopReasons: [String: Int] = [:]
    /// Error kind -> count, and whether the kind is retryable.
    public var errorsByKind: [String: Int] = [:]
    public var retries = 0
    public var cacheHits = 0
    public var fallbackUses = 0
    /// What the answers cost (tokens × price, cached or not), per result and in all.
    public var costPerCase = 0.0, costTotal = 0.0
    /// What the answers served from the cache cost when they were bought.
    public var cacheSavedUSD = 0.0
    public var results = 0
    /// Warnings in words (latency tail, truncation share, token spikes).
    public var warnings: [String] = []

    public init(_ snapshot: RunSnapshot) {
        let rs = snapshot.results
        results = rs.count
        // Plain numbers only: copying the results themselves would double a large run's memory.
        var latencies: [Double] = []
        var tokens: [Double] = []
        latencies.reserveCapacity(rs.count)
        tokens.reserveCapacity(rs.count)
        for r in rs where r.verdict != .error {
            latencies.append(r.latencyMs)
            tokens.append(Double(r.outputTokens))
            outputTokensMax = max(outputTokensMax, r.outputTokens)
            stopReasons[r.stopReason ?? "unknown", default: 0] += 1
        }
        let answered = latencies.count
        latencies.sort()
        tokens.sort()
        latencyP50 = SampleQuantile.of(sorted: latencies, 0.5)
        latencyP95 = SampleQuantile.of(sorted: latencies, 0.95)
        latencyP99 = SampleQuantile.of(sorted: latencies, 0.99)
        outputTokensP50 = SampleQuantile.of(sorted: tokens, 0.5)
        outputTokensP95 = SampleQuantile.of(sorted: tokens, 0.95)
        for r in rs where r.verdict == .error { errorsByKind[r.errorKind ?? "unknown", default: 0] += 1 }
        retries = rs.reduce(0) { $0 + max(0, $1.attemptCount - 1) }
        cacheHits = rs.count(where: \.cacheHit)
        fallbackUses = rs.count(where: \.fallbackUsed)
        costTotal = rs.reduce(0) { $0 + $1.costUSD }
        cacheSavedUSD = rs.reduce(0) { $0 + ($1.cacheHit ? $1.costUSD : 0) }
        costPerCase = rs.isEmpty ? 0 : costTotal / Double(rs.count)
        if latencyP50 > 0 && latencyP95 > 3 * latencyP50 {
            warnings.append(
                String(format: "latency tail: p95 (%.0f ms) is more than 3x p50 (%.0f ms)", latencyP95, latencyP50))
        }
        let cut = stopReasons[StopReason.length.rawValue] ?? 0
        if answered > 0 && Double(cut) / Double(answered) > 0.05 {
            warnings.append(
                String(
                    format:
                        "%d of %d answers (%.1f%%) stopped at max_tokens (limit 5%%): raise max_tokens or shorten the output",
                    cut, answered, Double(cut) / Double(answered) * 100))
        }
        if outputTokensP50 > 0 && Double(outputTokensMax) > 4 * outputTokensP95 {
            warnings.append("output token spike: the longest answer used \(outputTokensMax) tokens, over 4x the p95")
        }
    }

    /// True for error kinds a retry could fix.
    public static func isRetryable(_ kind: String) -> Bool {
        ProviderError.Kind(rawValue: kind)?.isRetryable ?? false
    }
}
