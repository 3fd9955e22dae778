import GRDB

/// What a run's calls (its stored attempts) add to its results: the money the calls spent — cache
/// hits spend nothing — and the provider's request id of each failed case, for support tickets.
public struct RunCallFacts: Sendable, Equatable {
    /// Spent by the run's calls (answers bought, at their tokens × price).
    public var spentUSD = 0.0
    /// The part of `spentUSD` estimated for calls that timed out or were cut off (no usage came back).
    public var estimatedUSD = 0.0
    /// The request id of the last failed call of each case and repeat that has one.
    public var errorRequestIDs: [CaseKey: String] = [:]

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
            let rows = try Row.fetchCursor(db, sql: """
                SELECT caseID, repeatIndex, costUSD, requestID, errorKind, costEstimated FROM attempt WHERE runID = ? ORDER BY caseID, repeatIndex, attempt
                """, arguments: [runID])
            while let row = try rows.next() {
                facts.spentUSD += row[2] as Double? ?? 0
                if row[5] as Bool? ?? false { facts.estimatedUSD += row[2] as Double? ?? 0 }
                if let id: String = row[3], (row[4] as String?) != nil {
                    facts.errorRequestIDs[CaseKey(caseID: row[0], repeatIndex: row[1])] = id
                }
            }
            return facts
        }
    }
}
