import GRDB

/// What a run's calls (its stored attempts) add to its results: the money the calls spent — cache
/// hits spend nothing — and the provider's request id of each failed case, for support tickets.
public struct RunCallFacts: Sendable, Equatable {
    /// Spent by the run's calls (answers bought, at their tokens × price).
    public var spentUSD = 0.0
    /// The part of `spentUSD` estimated for calls that timed out or were cut off (no usage came back).
    public var estimatedUSD = 0.0
    /// Spent by judge calls (phase `judge`): counted apart, not in `spentUSD`.
    public var judgeSpentUSD = 0.0
    /// The request id of the last failed call of each case and repeat that has one.
    public var errorRequestIDs: [CaseKey: String] = [:]
    /// Time to first token of the answered streamed calls, p50 and p95 in milliseconds, and how
    /// many calls they cover; nil when no call streamed.
    public var firstToken: FirstToken?

    /// Quantiles of time to first token over a run's answered streamed calls.
    public struct FirstToken: Sendable, Equatable {
        public let p50: Double
        public let p95: Double
        public let calls: Int
    }

    public init() {}

    /// The request id to quote with an error result, if the provider sent one.
    public func requestID(of result: ResultRecord) -> String? {
        errorRequestIDs[CaseKey(caseID: result.caseID, repeatIndex: result.repeatIndex)]
    }
}

extension ResultStore {
    /// The call facts of a run, read from its attempts in one pass.
    public func callFacts(runID: Int64) throws(StoreError) -> RunCallFacts {
        try read { db in
            var facts = RunCallFacts()
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT caseID, repeatIndex, costUSD, requestID, errorKind, costEstimated, firstTokenMs, phase FROM attempt WHERE runID = ? ORDER BY caseID, repeatIndex, attempt
                    """, arguments: [runID])
            var firstTokens: [Double] = []
            while let row = try rows.next() {
                if (row[7] as String?) == CallPhase.judge.rawValue {
                    facts.judgeSpentUSD += row[2] as Double? ?? 0
                    continue
                }
                if let ms: Double = row[6], (row[4] as String?) == nil { firstTokens.append(ms) }
                facts.spentUSD += row[2] as Double? ?? 0
                if row[5] as Bool? ?? false { facts.estimatedUSD += row[2] as Double? ?? 0 }
                if let id: String = row[3], (row[4] as String?) != nil {
                    facts.errorRequestIDs[CaseKey(caseID: row[0], repeatIndex: row[1])] = id
                }
            }
            if !firstTokens.isEmpty {
                firstTokens.sort()
                facts.firstToken = RunCallFacts.FirstToken(
                    p50: SampleQuantile.of(sorted: firstTokens, 0.5), p95: SampleQuantile.of(sorted: firstTokens, 0.95),
                    calls: firstTokens.count)
            }
            return facts
        }
    }
}
