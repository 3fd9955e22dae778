import Foundation
import GRDB

/// A row of `judgeCalibration`: how far one judge version agreed with people on a labelled file
/// (`promptgate judge calibrate`). Keyed by the judge's text and the labels' content, so the same
/// measurement is stored once and an edited judge is not covered by its old figures.
public struct JudgeCalibrationRecord: Sendable, Equatable, FetchableRecord, PersistableRecord, StoredTable {
    public static let databaseTableName = "judgeCalibration"

    /// `<judge>@v<N>`, the judge's content hash and the labels' content hash.
    public var key: String
    /// The judge prompt's name.
    public var judge: String
    public var version: Int
    /// Hash of the judge prompt file measured.
    public var promptHash: String
    public var labelsHash: String
    /// The labels file as given, relative to the project root where it is inside it.
    public var labelsPath: String
    /// Labelled items the judge gave a verdict on.
    public var count: Int
    public var accuracy: Double
    /// Cohen's kappa (weighted as `weighting` says); nil when undefined.
    public var kappa: Double?
    public var kappaLow: Double?
    public var kappaHigh: Double?
    /// `unweighted` (pass/fail judges) or `quadratic` (1–5 judges).
    public var weighting: String
    /// Confusion matrix, the linear-weighted kappa of a scale, items without a verdict.
    public var detailsJSON: String
    public var createdAt: Date

    /// The `judgeCalibration` table's columns: the one list inserts and reads follow.
    static let columns: [TableColumn<JudgeCalibrationRecord>] = [
        .init("key", \.key), .init("judge", \.judge), .init("version", \.version), .init("promptHash", \.promptHash),
        .init("labelsHash", \.labelsHash), .init("labelsPath", \.labelsPath), .init("count", \.count),
        .init("accuracy", \.accuracy), .init("kappa", \.kappa), .init("kappaLow", \.kappaLow),
        .init("kappaHigh", \.kappaHigh), .init("weighting", \.weighting), .init("detailsJSON", \.detailsJSON),
        .init("createdAt", \.createdAt),
    ]
    static let blank = JudgeCalibrationRecord(
        key: "", judge: "", version: 0, promptHash: "", labelsHash: "", labelsPath: "", count: 0, accuracy: 0,
        kappa: nil, kappaLow: nil, kappaHigh: nil, weighting: "", detailsJSON: "",
        createdAt: Date(timeIntervalSince1970: 0))

    public enum Columns {
        static let judge = Column("judge")
        static let version = Column("version")
        static let promptHash = Column("promptHash")
        static let createdAt = Column("createdAt")
    }

    /// `name@vN`.
    public var reference: String { "\(judge)@v\(version)" }

    /// "κ 0.71 (95% CI 0.55 to 0.84), n = 40" for reports and messages.
    public var summary: String {
        guard let kappa else { return "κ undefined (no variation in the labels or verdicts), n = \(count)" }
        let interval =
            kappaLow.flatMap { low in kappaHigh.map { String(format: " (95%% CI %.2f to %.2f)", low, $0) } } ?? ""
        let weight = weighting == KappaWeighting.unweighted.rawValue ? "" : " \(weighting)-weighted"
        return String(format: "κ %.2f", kappa) + interval + "\(weight), n = \(count)"
    }
}

extension ResultStore {
    /// Stores a calibration (replacing the same judge text measured on the same labels).
    public func saveCalibration(_ record: JudgeCalibrationRecord) throws(StoreError) {
        try write { db in try record.save(db) }
    }

    /// The newest calibration of `judge` at `version` with text `promptHash`, or nil.
    public func latestCalibration(
        judge: String, version: Int, promptHash: String
    ) throws(StoreError) -> JudgeCalibrationRecord? {
        try read { db in
            try JudgeCalibrationRecord
                .filter(
                    JudgeCalibrationRecord.Columns.judge == judge && JudgeCalibrationRecord.Columns.version == version
                        && JudgeCalibrationRecord.Columns.promptHash == promptHash
                )
                .order(JudgeCalibrationRecord.Columns.createdAt.desc)
                .fetchOne(db)
        }
    }
}

// Reads and writes follow the column list (`StoredTable`); in an extension, so the memberwise
// initializer stays.
extension JudgeCalibrationRecord {
    public init(row: Row) throws { try self.init(named: row) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }
}
