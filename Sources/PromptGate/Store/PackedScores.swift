/// The score rows of a run, packed for memory: 24 bytes a row instead of about 100, with scorer
/// names stored once and the reasons and details text kept only for the rows that have any
/// (a passing score usually has neither). Rows are read back as `ScoreRecord`s without their row
/// id, which nothing that reads a run uses.
struct PackedScores: Sendable {
    private struct Row: Sendable {
        let resultID: Int64
        let value: Double
        /// Index into `texts`, or -1 for no reasons and no details.
        let text: Int32
        let scorer: UInt16
        let status: ScoreStatus
        let hard: Bool
    }

    private struct Text: Sendable {
        let reasonsJSON: String
        let detailsJSON: String?
    }

    private var rows: [Row] = []
    private var texts: [Text] = []
    /// Scorer names (a handful: the scorers are defined in code, so a `UInt16` index holds them).
    private var names = InternedTexts()

    init() {}

    /// Packs `records` in order.
    init(_ records: [ScoreRecord]) {
        rows.reserveCapacity(records.count)
        for record in records { append(record) }
    }

    var count: Int { rows.count }

    /// Reserves room for `count` rows.
    mutating func reserveCapacity(_ count: Int) {
        rows.reserveCapacity(count)
    }

    /// Adds a row at the end.
    mutating func append(_ record: ScoreRecord) {
        let empty = record.detailsJSON == nil && (record.reasonsJSON == "[]" || record.reasonsJSON.isEmpty)
        var text: Int32 = -1
        if !empty {
            text = Int32(truncatingIfNeeded: texts.count)
            texts.append(Text(reasonsJSON: record.reasonsJSON, detailsJSON: record.detailsJSON))
        }
        rows.append(
            Row(
                resultID: record.resultID, value: record.value, text: text,
                scorer: UInt16(truncatingIfNeeded: names.index(of: record.scorer)), status: record.status,
                hard: record.hard))
    }

    /// The result id of row `index`.
    func resultID(at index: Int) -> Int64 { rows[index].resultID }

    /// Row `index` as a record.
    subscript(index: Int) -> ScoreRecord {
        let row = rows[index]
        let text = row.text >= 0 ? texts[Int(row.text)] : nil
        return ScoreRecord(
            id: nil, resultID: row.resultID, scorer: names[Int32(row.scorer)] ?? "", status: row.status,
            value: row.value, hard: row.hard, reasonsJSON: text?.reasonsJSON ?? "[]", detailsJSON: text?.detailsJSON)
    }
}
