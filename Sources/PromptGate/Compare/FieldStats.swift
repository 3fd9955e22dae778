/// Per-field accuracy, precision, recall and F1 across a run. A value where null was expected is a
/// false positive; null where a value was expected is a miss; a wrong value is both.
public struct FieldStats: Sendable, Equatable {
    public let path: String
    public var total = 0
    public var matches = 0
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var accuracy: Double { total == 0 ? 0 : Double(matches) / Double(total) }
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    /// Stats per field path of a run, in first-seen order.
    public static func of(_ snapshot: RunSnapshot) -> [FieldStats] {
        var order: [String] = []
        var stats: [String: FieldStats] = [:]
        for result in snapshot.results where result.verdict != .error {
            for field in snapshot.fields(of: result) where field.status != .ignored {
                if stats[field.path] == nil {
                    order.append(field.path)
                    stats[field.path] = FieldStats(path: field.path)
                }
                stats[field.path]?.add(field)
            }
        }
        return order.compactMap { stats[$0] }
    }

    mutating func add(_ field: FieldScoreRecord) {
        total += 1
        let expectedPresent = field.expectedJSON.map { $0 != "null" } ?? false
        switch field.status {
        case .match:
            matches += 1
            if expectedPresent { truePositives += 1 }
        case .mismatch:
            falsePositives += 1
            falseNegatives += 1
        case .missing: falseNegatives += 1
        case .unexpected: falsePositives += 1
        case .ignored: total -= 1
        }
    }
}
