import Foundation

/// `promptgate dlq promote <run> <case>`: turns a dead letter into a new case of its test set, the
/// review flow from failures to golden cases. The new case keeps the inputs, leaves `expected` to
/// fill in and carries a `review` note, so `check` (and `run`) fail until a person fills it in.
public enum DeadLetterPromotion {
    /// What was added.
    public struct Outcome: Sendable, Equatable {
        /// The new case's id and the file it was appended to (relative to the project root).
        public let caseID: String
        public let file: String
        public let line: Int
    }

    /// Appends the promoted case to `cases.jsonl` of the run's test set (atomically).
    public static func promote(project: Project, store: ResultStore, runID: Int64, caseID: String) throws -> Outcome {
        guard let run = try store.run(id: runID) else {
            throw InputError(
                .error(
                    store.path,
                    "no run #\(runID) in the database; `promptgate dlq list` shows the runs with dead letters"))
        }
        guard let letter = try store.deadLetters(runID: runID).first(where: { $0.caseID == caseID }) else {
            throw InputError(
                .error(
                    store.path,
                    "run #\(runID) left no dead letter for case `\(caseID)`; `promptgate dlq show \(runID)` lists its dead letters"
                ))
        }
        let url = project.config.testsetsURL.appendingPathComponent(run.testset).appendingPathComponent("cases.jsonl")
        let display = project.config.display(url)
        let text = try TextFile.read(url.path, display: display)
        let objects = caseObjects(text)
        guard let original = objects.first(where: { $0["id"]?.stringValue == caseID }) else {
            throw InputError(
                .error(
                    display, caseID: caseID,
                    "the case is no longer in the test set, so its inputs are unknown; nothing was written"))
        }
        let newID = "\(caseID)-dlq\(runID)"
        if objects.contains(where: { $0["id"]?.stringValue == newID }) {
            throw InputError(
                .error(
                    display, caseID: newID,
                    "already in the test set: this dead letter was promoted before; nothing was written"))
        }
        guard case .object(let vars)? = original["vars"] else {
            throw InputError(
                .error(display, caseID: caseID, "the case has no `vars` object to copy; fix the case first"))
        }
        let tags = (original["tags"]?.arrayValue ?? []).compactMap(\.stringValue)
        let note =
            "promoted from a dead letter of run #\(runID) (\(run.prompt)@v\(run.version), repeat \(letter.repeatIndex)): \(letter.reason)"
        let line = CaseLine.text(id: newID, vars: vars, expected: .null, tags: tags, review: note)
        // Appended to the file's bytes as they are (a byte-order mark or CRLF lines stay).
        guard var bytes = FileManager.default.contents(atPath: url.path) else {
            throw InputError(.error(display, "cannot read the file; check that it exists and is readable"))
        }
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        bytes.append(contentsOf: Array((line + "\n").utf8))
        do {
            try bytes.write(to: url, options: .atomic)
        } catch {
            throw InputError(
                .error(display, "could not write the file: \(error.localizedDescription); nothing was written"))
        }
        return Outcome(caseID: newID, file: display, line: bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) })
    }

    /// The JSON objects of the file's lines; lines that do not parse are skipped (`check` reports them).
    private static func caseObjects(_ text: String) -> [[String: JSONValue]] {
        text.split(separator: "\n").compactMap { line in
            guard case .object(let object)? = try? JSONParser.parse(String(line)) else { return nil }
            return object
        }
    }
}
