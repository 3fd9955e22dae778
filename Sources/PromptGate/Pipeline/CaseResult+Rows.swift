import Foundation

extension CaseResult {
    /// The plain rows this result is stored as (`ResultStore` knows rows, not results).
    public func rows(runID: Int64) -> CaseRows {
        let result = ResultRecord(self, runID: runID)
        let scores = (evaluation?.scores ?? []).map { s in
            CaseRows.ScoreRows(
                score: ScoreRecord(
                    id: nil, resultID: 0, scorer: s.scorer, status: s.status, value: s.value, hard: s.hard,
                    reasonsJSON: StoreJSON.encode(s.reasons), detailsJSON: s.details.map(JSONWriter.canonical)),
                fields: s.fields.map { f in
                    FieldScoreRecord(
                        id: nil, resultID: 0, path: f.path, status: f.status,
                        expectedJSON: f.expected.map(JSONWriter.canonical),
                        actualJSON: f.actual.map(JSONWriter.canonical), weight: f.weight, matcher: f.matcher,
                        note: f.note)
                })
        }
        let deadLetter = self.deadLetter.map { d in
            DeadLetterRecord(
                id: nil, runID: runID, caseID: caseID, repeatIndex: repeatIndex, reason: d.reason,
                rawOutput: d.rawOutput,
                attempts: d.attempts, reasks: d.reasks, createdAt: result.createdAt)
        }
        return CaseRows(
            result: result, scores: scores,
            attempts: attempts.map { AttemptRecord($0, runID: runID, caseID: caseID, repeatIndex: repeatIndex) },
            deadLetter: deadLetter, cacheWrites: cacheWrites)
    }
}

extension ResultRecord {
    /// The `result` row of `r`.
    init(_ r: CaseResult, runID: Int64) {
        self.init(
            id: nil, runID: runID, caseID: r.caseID, repeatIndex: r.repeatIndex, verdict: r.verdict,
            score: r.evaluation?.score ?? 0,
            reasonsJSON: StoreJSON.encode(r.error.map { ["provider: \($0)"] } ?? r.evaluation?.reasons ?? []),
            tagsJSON: StoreJSON.encode(r.tags), outputRaw: r.response?.text,
            outputJSON: r.parsed?.value.map(JSONWriter.canonical),
            parseMode: r.parsed?.mode ?? .failed, stopReason: r.response?.stopReason.rawValue,
            latencyMs: r.response?.latencyMs ?? 0,
            inputTokens: r.response?.usage.inputTokens ?? 0, outputTokens: r.response?.usage.outputTokens ?? 0,
            costUSD: r.costUSD,
            modelUsed: r.response?.model, cacheHit: r.cacheHit, attemptCount: r.attemptCount,
            errorKind: r.error?.kind.rawValue,
            errorMessage: r.error?.message, requestHash: r.requestHash, createdAt: Date(), requestJSON: r.requestJSON,
            fallbackUsed: r.fallbackUsed)
    }
}

extension AttemptRecord {
    /// The `attempt` row of call `a` of a case.
    init(_ a: Attempt, runID: Int64, caseID: String, repeatIndex: Int) {
        self.init(
            id: nil, runID: runID, caseID: caseID, repeatIndex: repeatIndex, attempt: a.number, phase: a.phase,
            model: a.model,
            statusCode: a.statusCode, errorKind: a.errorKind, errorMessage: a.errorMessage, latencyMs: a.latencyMs,
            waitMs: a.waitMs, startedAt: a.startedAt, costUSD: a.costUSD, costEstimated: a.costEstimated,
            requestID: a.requestID,
            firstTokenMs: a.firstTokenMs)
    }
}

extension ResultStore {
    /// Stores one case result with its scores, field outcomes, attempts and cache entries, atomically.
    public func save(_ result: CaseResult, runID: Int64) throws(StoreError) {
        try save([result.rows(runID: runID)])
    }

    /// Stores finished cases in one transaction: all of them or none.
    public func save(_ results: [CaseResult], runID: Int64) throws(StoreError) {
        try save(results.map { $0.rows(runID: runID) })
    }

    /// `save(_:runID:)` without blocking the calling thread.
    public func saveAsync(_ results: [CaseResult], runID: Int64) async throws(StoreError) {
        try await saveAsync(results.map { $0.rows(runID: runID) })
    }

    /// Stores the attempts of a case that did not finish (the run stopped first).
    public func saveAttempts(_ attempts: [Attempt], runID: Int64, caseID: String, repeatIndex: Int) throws(StoreError) {
        try save(attempts: attempts.map { AttemptRecord($0, runID: runID, caseID: caseID, repeatIndex: repeatIndex) })
    }
}
