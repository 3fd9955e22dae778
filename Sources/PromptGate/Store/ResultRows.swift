import Foundation

/// The results of a run, packed for memory and read back as `ResultRecord`s: 144 bytes a row
/// instead of 296, with the text columns (reasons, tags, model, stop reason, errors, raw output,
/// request) each stored once however many results share them — a run repeats the same few.
public struct ResultRows: RandomAccessCollection, Sendable {
    private struct Row: Sendable {
        let id: Int64
        let runID: Int64
        let score: Double
        let latencyMs: Double
        let costUSD: Double
        let createdAt: Date
        let inputTokens: Int
        let outputTokens: Int
        let attemptCount: Int
        let repeatIndex: Int
        let caseID: String
        /// Indices into `texts`; -1 for nil.
        let reasons: Int32, tags: Int32, outputRaw: Int32, outputJSON: Int32, stopReason: Int32
        let modelUsed: Int32, errorKind: Int32, errorMessage: Int32, requestHash: Int32, requestJSON: Int32
        let verdict: Verdict
        let parseMode: ParseMode
        let hasID: Bool, cacheHit: Bool, fallbackUsed: Bool
    }

    private var rows: [Row] = []
    private var texts = InternedTexts()

    /// The given results, in order.
    public init(_ records: [ResultRecord] = []) {
        rows.reserveCapacity(records.count)
        for record in records { append(record) }
        finishAppending()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    /// Result `position` as a record.
    public subscript(position: Int) -> ResultRecord {
        let row = rows[position]
        return ResultRecord(
            id: row.hasID ? row.id : nil, runID: row.runID, caseID: row.caseID, repeatIndex: row.repeatIndex,
            verdict: row.verdict,
            score: row.score, reasonsJSON: texts[row.reasons] ?? "", tagsJSON: texts[row.tags] ?? "",
            outputRaw: texts[row.outputRaw],
            outputJSON: texts[row.outputJSON], parseMode: row.parseMode, stopReason: texts[row.stopReason],
            latencyMs: row.latencyMs,
            inputTokens: row.inputTokens, outputTokens: row.outputTokens, costUSD: row.costUSD,
            modelUsed: texts[row.modelUsed],
            cacheHit: row.cacheHit, attemptCount: row.attemptCount, errorKind: texts[row.errorKind],
            errorMessage: texts[row.errorMessage],
            requestHash: texts[row.requestHash] ?? "", createdAt: row.createdAt, requestJSON: texts[row.requestJSON],
            fallbackUsed: row.fallbackUsed)
    }

    /// Reserves room for `count` results.
    mutating func reserveCapacity(_ count: Int) {
        rows.reserveCapacity(count)
    }

    /// Adds a result at the end.
    mutating func append(_ r: ResultRecord) {
        rows.append(
            Row(
                id: r.id ?? 0, runID: r.runID, score: r.score, latencyMs: r.latencyMs, costUSD: r.costUSD,
                createdAt: r.createdAt,
                inputTokens: r.inputTokens, outputTokens: r.outputTokens, attemptCount: r.attemptCount,
                repeatIndex: r.repeatIndex, caseID: r.caseID,
                reasons: texts.index(of: r.reasonsJSON), tags: texts.index(of: r.tagsJSON),
                outputRaw: texts.index(of: r.outputRaw),
                outputJSON: texts.index(of: r.outputJSON), stopReason: texts.index(of: r.stopReason),
                modelUsed: texts.index(of: r.modelUsed),
                errorKind: texts.index(of: r.errorKind), errorMessage: texts.index(of: r.errorMessage),
                requestHash: texts.index(of: r.requestHash),
                requestJSON: texts.index(of: r.requestJSON), verdict: r.verdict, parseMode: r.parseMode,
                hasID: r.id != nil, cacheHit: r.cacheHit, fallbackUsed: r.fallbackUsed))
    }

    /// Frees what appending needed; call once all results are in.
    mutating func finishAppending() {
        texts.finishAdding()
    }
}
