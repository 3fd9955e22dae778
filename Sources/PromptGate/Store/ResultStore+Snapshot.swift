import Foundation
import GRDB

/// Fast, lean loading of a whole run for compare and reports: the tables' column lists read by
/// position, and the large text columns (raw and parsed output, rendered request) left out except for the
/// few results the caller picks (a report's review sample: `snapshot(runID:)` in Reports).
extension ResultStore {
    /// Loads a run and everything a report or a diff needs, with the request and raw reply of the
    /// results `textsOf` picks from the run's results.
    public func snapshot(
        runID: Int64, textsOf pick: @escaping (RunRecord, ResultRows) -> [Int64]
    ) throws(StoreError) -> RunSnapshot {
        guard let run = try run(id: runID) else { throw StoreError.notFound("no run with id \(runID) in \(path)") }
        return try read { db in
            var results = ResultRows()
            // Exact capacity: growing by doubling would leave up to 40% of the largest array unused.
            results.reserveCapacity(
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM result WHERE runID = ?", arguments: [runID]) ?? 0)
            let lean = ResultRecord.snapshotColumns
            let resultRows = try Row.fetchCursor(
                db,
                sql: "SELECT \(ResultRecord.selectList(lean)) FROM result WHERE runID = ? ORDER BY caseID, repeatIndex",
                arguments: [runID])
            while let row = try resultRows.next() { results.append(try ResultRecord(row: row, columns: lean)) }
            results.finishAppending()
            // Scores and field rows come in the results' order (grouped by result), which the
            // (runID, caseID, repeatIndex) index gives without a sort: ordering by resultID made
            // SQLite sort every row of a large run in a temporary b-tree first (2 MiB at 10,000 cases).
            var scores = PackedScores()
            scores.reserveCapacity(
                try Int.fetchOne(
                    db,
                    sql: "SELECT COUNT(*) FROM score JOIN result ON result.id = score.resultID WHERE result.runID = ?",
                    arguments: [runID]) ?? 0)
            let scoreRows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT \(ScoreRecord.selectList()) FROM result JOIN score ON score.resultID = result.id WHERE result.runID = ? ORDER BY result.caseID, result.repeatIndex, score.id",
                arguments: [runID])
            while let row = try scoreRows.next() {
                scores.append(try ScoreRecord(row: row, columns: ScoreRecord.columns))
            }
            var fields = PackedFields()
            fields.reserveCapacity(
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT COUNT(*) FROM fieldScore JOIN result ON result.id = fieldScore.resultID WHERE result.runID = ?",
                    arguments: [runID]) ?? 0)
            let fieldRows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT \(FieldScoreRecord.selectList()) FROM result JOIN fieldScore ON fieldScore.resultID = result.id WHERE result.runID = ? ORDER BY result.caseID, result.repeatIndex, fieldScore.id",
                arguments: [runID])
            while let row = try fieldRows.next() {
                fields.append(try FieldScoreRecord(row: row, columns: FieldScoreRecord.columns))
            }
            fields.finishAppending()
            let sampleIDs = pick(run, results)
            var samples: [Int64: RunSnapshot.SampleText] = [:]
            if !sampleIDs.isEmpty {
                let list = sampleIDs.map(String.init).joined(separator: ",")
                for row in try Row.fetchAll(
                    db, sql: "SELECT id, requestJSON, outputRaw FROM result WHERE id IN (\(list))")
                {
                    if let id: Int64 = row[0] { samples[id] = RunSnapshot.SampleText(request: row[1], output: row[2]) }
                }
            }
            return RunSnapshot(run: run, results: results, scoreRows: scores, fieldRows: fields, samples: samples)
        }
    }
}

extension ResultStore {
    /// Loads two runs at once (the WAL database serves concurrent readers): a diff's baseline and
    /// candidate in about the time of one.
    public func snapshots(
        _ first: Int64, _ second: Int64, textsOf pick: @escaping @Sendable (RunRecord, ResultRows) -> [Int64]
    ) throws(StoreError) -> (RunSnapshot, RunSnapshot) {
        let slots = SnapshotSlots()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let id = index == 0 ? first : second
            do throws(StoreError) {
                slots.set(index, .success(try snapshot(runID: id, textsOf: pick)))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        let results = slots.values
        guard results.count == 2 else { throw StoreError.notFound("the runs could not be loaded") }
        return (try results[0].get(), try results[1].get())
    }
}

/// The two loads' results, written from two threads.
private final class SnapshotSlots: Sendable {
    private let storage = Locked<[Int: Result<RunSnapshot, StoreError>]>([:])

    func set(_ index: Int, _ value: Result<RunSnapshot, StoreError>) {
        storage.withLock { $0[index] = value }
    }

    var values: [Result<RunSnapshot, StoreError>] {
        storage.withLock { slots in [0, 1].compactMap { slots[$0] } }
    }
}
