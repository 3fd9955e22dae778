import Foundation
import Testing

@testable import PromptGate

@Suite("Packed scores")
struct PackedScoresTests {
    @Test func rowsReadBackExactlyAsStored() {
        let records = [
            ScoreRecord(
                id: 1, resultID: 10, scorer: "schema", status: .pass, value: 1, hard: true, reasonsJSON: "[]",
                detailsJSON: nil),
            ScoreRecord(
                id: 2, resultID: 10, scorer: "pii", status: .fail, value: 0, hard: true,
                reasonsJSON: #"["EMAIL in $.summary"]"#, detailsJSON: #"[{"type":"EMAIL"}]"#),
            ScoreRecord(
                id: 3, resultID: 11, scorer: "schema", status: .fail, value: 0.5, hard: false, reasonsJSON: #"["x"]"#,
                detailsJSON: nil),
            ScoreRecord(
                id: 4, resultID: 11, scorer: "confidence", status: .unscored, value: 0, hard: false, reasonsJSON: "[]",
                detailsJSON: "{}"),
        ]
        let packed = PackedScores(records)
        #expect(packed.count == records.count)
        #expect(
            (0..<packed.count).map { packed[$0] } == records.map(\.withoutRowID), "everything but the row id reads back"
        )
        #expect((0..<packed.count).map(packed.resultID(at:)) == [10, 10, 11, 11])
    }

    @Test func aSnapshotGroupsPackedScoresByResult() {
        let run = RunRecord(
            prompt: "p", version: 1, promptHash: "h", testset: "t", testsetHash: "h", provider: "replay",
            model: "m", repeats: 1, caseCount: 2, configJSON: "{}", status: .completed,
            startedAt: .init(timeIntervalSince1970: 0))
        let scores: [Int64: [ScoreRecord]] = [
            7: [
                ScoreRecord(
                    id: 1, resultID: 7, scorer: "schema", status: .pass, value: 1, hard: true, reasonsJSON: "[]",
                    detailsJSON: nil)
            ],
            8: [
                ScoreRecord(
                    id: 2, resultID: 8, scorer: "schema", status: .fail, value: 0, hard: true, reasonsJSON: #"["bad"]"#,
                    detailsJSON: nil)
            ],
        ]
        let snapshot = RunSnapshot(run: run, results: [], scores: scores, fields: [:])
        #expect(snapshot.scores == scores.mapValues { $0.map(\.withoutRowID) })
    }
}

@Suite("Packed field rows")
struct PackedFieldsTests {
    @Test func rowsReadBackExactlyAsStoredWithSharedTextsStoredOnce() {
        let records = [
            FieldScoreRecord(
                id: 1, resultID: 10, path: "category", status: .match, expectedJSON: #""billing""#,
                actualJSON: #""billing""#, weight: 2, matcher: "exact", note: nil),
            FieldScoreRecord(
                id: 2, resultID: 10, path: "summary", status: .mismatch, expectedJSON: #""A short review.""#,
                actualJSON: nil, weight: 1, matcher: "text", note: "missing"),
            FieldScoreRecord(
                id: 3, resultID: 11, path: "category", status: .missing, expectedJSON: nil, actualJSON: "null",
                weight: 0.5, matcher: "exact", note: nil),
        ]
        var packed = PackedFields()
        for record in records { packed.append(record) }
        packed.finishAppending()
        #expect(packed.count == 3)
        #expect((0..<packed.count).map { packed[$0] } == records.map(\.withoutRowID))
        #expect((0..<packed.count).map(packed.resultID(at:)) == [10, 10, 11])
    }
}

extension ScoreRecord {
    var withoutRowID: ScoreRecord { var copy = self; copy.id = nil; return copy }
}

extension FieldScoreRecord {
    var withoutRowID: FieldScoreRecord { var copy = self; copy.id = nil; return copy }
}

@Suite("Packed results")
struct ResultRowsTests {
    @Test func everyColumnReadsBackExactlyIncludingNilsAndSharedTexts() {
        let records = [
            ResultRecord(
                id: 5, runID: 2, caseID: "a-case-id-longer-than-fifteen", repeatIndex: 0, verdict: .pass, score: 1,
                reasonsJSON: "[]", tagsJSON: #"["critical"]"#,
                outputRaw: #"{"a":1}"#, outputJSON: #"{"a":1}"#, parseMode: .strict, stopReason: "stop",
                latencyMs: 12.5, inputTokens: 10, outputTokens: 3,
                costUSD: 0.25, modelUsed: "m", cacheHit: true, attemptCount: 2, errorKind: nil, errorMessage: nil,
                requestHash: "sha256:x",
                createdAt: Date(timeIntervalSinceReferenceDate: 123.456), requestJSON: "{}", fallbackUsed: true),
            ResultRecord(
                id: nil, runID: 2, caseID: "b", repeatIndex: 3, verdict: .error, score: 0, reasonsJSON: "[]",
                tagsJSON: "[]",
                outputRaw: nil, outputJSON: nil, parseMode: .failed, stopReason: nil, latencyMs: 0, inputTokens: 0,
                outputTokens: 0,
                costUSD: 0, modelUsed: nil, cacheHit: false, attemptCount: 6, errorKind: "timeout",
                errorMessage: "no answer in 30 s", requestHash: "",
                createdAt: Date(timeIntervalSince1970: -1), requestJSON: nil, fallbackUsed: false),
        ]
        let rows = ResultRows(records)
        #expect(Array(rows) == records)
        #expect(rows.count == 2 && rows[1].id == nil && rows[0].outputRaw == #"{"a":1}"#)
    }
}
