import GRDB

/// Time to first token of a run's streamed calls, for the JSON export and the HTML viewer: p50
/// and p95 over every answered streamed call (as in the report), and per case and repeat, that of
/// the call that gave its first answer (none when that call did not stream).
public struct RunFirstTokens: Sendable, Equatable {
    /// Quantiles over the answered streamed calls; nil when no call streamed.
    public var summary: RunCallFacts.FirstToken?
    /// Milliseconds to the first token of each case's first answer, by case and repeat.
    public var byCase: [CaseKey: Double] = [:]

    public init(summary: RunCallFacts.FirstToken? = nil, byCase: [CaseKey: Double] = [:]) {
        self.summary = summary
        self.byCase = byCase
    }

    /// The time to first token of `result`'s first answer, if that call streamed.
    public func of(_ result: ResultRecord) -> Double? {
        byCase[CaseKey(caseID: result.caseID, repeatIndex: result.repeatIndex)]
    }
}

extension ResultStore {
    /// The first-token times of run `runID`, read from its attempts (judge calls left out).
    public func firstTokens(runID: Int64) throws(StoreError) -> RunFirstTokens {
        let summary = try callFacts(runID: runID).firstToken
        return try read { db in
            var byCase: [CaseKey: Double] = [:]
            var answered = Set<CaseKey>()
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT caseID, repeatIndex, firstTokenMs FROM attempt
                    WHERE runID = ? AND errorKind IS NULL AND phase != ? ORDER BY caseID, repeatIndex, attempt
                    """, arguments: [runID, CallPhase.judge.rawValue])
            while let row = try rows.next() {
                let key = CaseKey(caseID: row[0], repeatIndex: row[1])
                guard answered.insert(key).inserted else { continue }
                if let ms: Double = row[2] { byCase[key] = ms }
            }
            return RunFirstTokens(summary: summary, byCase: byCase)
        }
    }
}
