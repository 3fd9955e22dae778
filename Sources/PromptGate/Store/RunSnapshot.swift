/// A stored run with all its results, scores and field outcomes: what compare and reports read.
public struct RunSnapshot: Sendable {
    public let run: RunRecord
    /// The results, packed; read as `ResultRecord`s.
    public let results: ResultRows
    /// Scores and field outcomes packed in flat arrays, with each result's rows found through one
    /// dictionary: a few allocations, not several per result, so a 10,000-case run stays small.
    let scoreRows: PackedScores
    let fieldRows: PackedFields
    let rowRanges: [Int64: RowRanges]
    /// The rendered request and raw reply of the results the review sample shows (snapshots leave
    /// these large texts out of `results`).
    public let samples: [Int64: SampleText]
    /// Values computed from this snapshot on first use and shared by every copy of it (the run's
    /// metrics: `RunSnapshot.metrics` in Compare).
    let derived = SnapshotMemo()

    /// A stored request (canonical JSON) and raw reply.
    public struct SampleText: Sendable, Equatable {
        public let request: String?
        public let output: String?
    }

    /// A snapshot from scores and field outcomes grouped by result id.
    public init(
        run: RunRecord, results: [ResultRecord], scores: [Int64: [ScoreRecord]], fields: [Int64: [FieldScoreRecord]],
        samples: [Int64: SampleText] = [:]
    ) {
        var packedFields = PackedFields()
        for id in fields.keys.sorted() { for field in fields[id] ?? [] { packedFields.append(field) } }
        self.init(
            run: run, results: ResultRows(results),
            scoreRows: PackedScores(scores.keys.sorted().flatMap { scores[$0] ?? [] }),
            fieldRows: packedFields, samples: samples)
    }

    /// A snapshot from flat rows in which each result's rows are contiguous.
    init(
        run: RunRecord, results: ResultRows, scoreRows: PackedScores, fieldRows: PackedFields,
        samples: [Int64: SampleText]
    ) {
        self.run = run
        self.results = results
        self.scoreRows = scoreRows
        self.fieldRows = fieldRows
        self.rowRanges = RowRanges.of(scores: scoreRows, fields: fieldRows)
        self.samples = samples
    }

    /// Scores grouped by result id (built on demand).
    public var scores: [Int64: [ScoreRecord]] {
        Dictionary(grouping: (0..<scoreRows.count).map { scoreRows[$0] }, by: \.resultID)
    }
    /// Field outcomes grouped by result id (built on demand).
    public var fields: [Int64: [FieldScoreRecord]] {
        Dictionary(grouping: (0..<fieldRows.count).map { fieldRows[$0] }, by: \.resultID)
    }

    /// Results grouped by case id, repeats in order, case ids sorted.
    public var byCase: [(caseID: String, results: [ResultRecord])] {
        let grouped = Dictionary(grouping: results, by: \.caseID)
        return grouped.keys.sorted().map { ($0, (grouped[$0] ?? []).sorted { $0.repeatIndex < $1.repeatIndex }) }
    }

    /// Scores of one result, unpacked as they are read.
    public func scores(of result: ResultRecord) -> LazyMapCollection<Range<Int>, ScoreRecord> {
        let range = result.id.flatMap { rowRanges[$0]?.scores } ?? 0..<0
        return range.lazy.map { [scoreRows] in scoreRows[$0] }
    }

    /// Field outcomes of one result, unpacked as they are read.
    public func fields(of result: ResultRecord) -> LazyMapCollection<Range<Int>, FieldScoreRecord> {
        let range = result.id.flatMap { rowRanges[$0]?.fields } ?? 0..<0
        return range.lazy.map { [fieldRows] in fieldRows[$0] }
    }
}

/// Where one result's score rows and field rows are (each result's rows are contiguous).
struct RowRanges: Sendable {
    private var scoreStart: Int32 = 0, scoreEnd: Int32 = 0, fieldStart: Int32 = 0, fieldEnd: Int32 = 0

    var scores: Range<Int> { Int(scoreStart)..<Int(scoreEnd) }
    var fields: Range<Int> { Int(fieldStart)..<Int(fieldEnd) }

    static func of(scores: PackedScores, fields: PackedFields) -> [Int64: RowRanges] {
        var out: [Int64: RowRanges] = [:]
        forEachRun(count: scores.count, id: scores.resultID(at:)) { id, start, end in
            out[id, default: RowRanges()].setScores(start, end)
        }
        forEachRun(count: fields.count, id: fields.resultID(at:)) { id, start, end in
            out[id, default: RowRanges()].setFields(start, end)
        }
        return out
    }

    private mutating func setScores(_ start: Int32, _ end: Int32) { (scoreStart, scoreEnd) = (start, end) }
    private mutating func setFields(_ start: Int32, _ end: Int32) { (fieldStart, fieldEnd) = (start, end) }

    /// Calls `body` with each maximal run of equal ids.
    private static func forEachRun(count: Int, id: (Int) -> Int64, _ body: (Int64, Int32, Int32) -> Void) {
        var start = 0
        while start < count {
            var end = start + 1
            while end < count && id(end) == id(start) { end += 1 }
            body(id(start), Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
            start = end
        }
    }
}
