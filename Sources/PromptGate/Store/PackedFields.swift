/// The field outcome rows of a run, packed for memory: 40 bytes a row instead of 120, with paths,
/// matchers and the expected, actual and note texts each stored once however many rows share them
/// (a run repeats the same few paths and many of the same values). Rows are read back as
/// `FieldScoreRecord`s without their row id, which nothing that reads a run uses.
struct PackedFields: Sendable {
    private struct Row: Sendable {
        let resultID: Int64
        let weight: Double
        /// Indices into `texts`; -1 for none.
        let expected: Int32
        let actual: Int32
        let note: Int32
        let path: Int32
        let matcher: Int32
        let status: FieldOutcome.Status
    }

    private var rows: [Row] = []
    private var texts = InternedTexts()

    init() {}

    var count: Int { rows.count }

    /// Reserves room for `count` rows.
    mutating func reserveCapacity(_ count: Int) {
        rows.reserveCapacity(count)
    }

    /// Adds a row at the end.
    mutating func append(_ record: FieldScoreRecord) {
        rows.append(
            Row(
                resultID: record.resultID, weight: record.weight,
                expected: texts.index(of: record.expectedJSON), actual: texts.index(of: record.actualJSON),
                note: texts.index(of: record.note),
                path: texts.index(of: record.path), matcher: texts.index(of: record.matcher),
                status: record.status))
    }

    /// Frees what appending needed (the lookup of texts already stored); call once all rows are in.
    mutating func finishAppending() {
        texts.finishAdding()
    }

    /// The result id of row `index`.
    func resultID(at index: Int) -> Int64 { rows[index].resultID }

    /// Row `index` as a record.
    subscript(index: Int) -> FieldScoreRecord {
        let row = rows[index]
        return FieldScoreRecord(
            id: nil, resultID: row.resultID, path: texts[row.path] ?? "", status: row.status,
            expectedJSON: texts[row.expected], actualJSON: texts[row.actual], weight: row.weight,
            matcher: texts[row.matcher] ?? "", note: texts[row.note])
    }
}
