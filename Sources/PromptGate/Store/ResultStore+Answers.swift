import GRDB

/// A stored answer's texts: the raw reply and the parsed JSON (when it parsed).
public struct StoredAnswer: Sendable, Equatable {
    public let raw: String?
    public let parsedJSON: String?

    /// The parsed answer, when there was one.
    public var parsed: JSONValue? { parsedJSON.flatMap { try? JSONParser.parse($0) } }
}

extension ResultStore {
    /// The first repeat's answer of every case of a run that was answered (not a provider error),
    /// by case id: what a pairwise judge compares.
    public func firstAnswers(runID: Int64) throws(StoreError) -> [String: StoredAnswer] {
        try read { db in
            var answers: [String: StoredAnswer] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT caseID, outputRaw, outputJSON FROM result WHERE runID = ? AND repeatIndex = 0 AND verdict != ?",
                arguments: [runID, Verdict.error.rawValue])
            while let row = try rows.next() {
                answers[row[0]] = StoredAnswer(raw: row[1], parsedJSON: row[2])
            }
            return answers
        }
    }

    /// Stores fresh answers in the response cache (calls made outside a run, such as a pairwise judge's).
    public func saveCachedResponses(_ entries: [CachedResponseRecord]) throws(StoreError) {
        guard !entries.isEmpty else { return }
        try write { db in try Self.insert(entries, db: db) }
    }
}
