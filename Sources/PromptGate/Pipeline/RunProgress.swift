/// Where a run stands, reported after each finished case so a terminal can show progress.
public struct RunProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var failed: Int
    public var errors: Int
    /// Spent by this run's calls so far (cache hits cost nothing here; judge calls are counted apart).
    public var costUSD: Double
    /// Seconds since the run started.
    public var elapsed: Double

    /// Estimated seconds left at the current pace (nil before the first case).
    public var eta: Double? {
        guard done > 0, total >= done else { return nil }
        return elapsed / Double(done) * Double(total - done)
    }

    /// Counts one more finished case.
    mutating func add(_ result: CaseResult, elapsed: Double) {
        done += 1
        if result.verdict == .fail { failed += 1 }
        if result.verdict == .error { errors += 1 }
        costUSD += result.attempts.reduce(0) { $0 + ($1.phase == .judge ? 0 : $1.costUSD) }
        self.elapsed = elapsed
    }
}
