import Foundation
import PromptGate

/// One labelled text of a PII corpus (a line of `corpus.jsonl`).
public struct PIICorpusCase: Sendable, Codable, Equatable {
    /// A stable identifier, used in failure reports.
    public let id: String
    /// The text to scan.
    public let text: String
    /// The expected entities, with code-point offsets.
    public let entities: [PIIEntity]

    /// Creates a case.
    public init(id: String, text: String, entities: [PIIEntity]) {
        self.id = id
        self.text = text
        self.entities = entities
    }
}

/// Errors while reading a corpus, naming the file and line so the case can be fixed.
public enum PIICorpusError: Error, LocalizedError, Equatable {
    /// A line is not a valid case.
    case invalidLine(file: String, line: Int, reason: String)
    /// An entity's span lies outside its text or is empty.
    case invalidSpan(file: String, line: Int, id: String)

    /// A message naming the file and line and what to fix.
    public var errorDescription: String? {
        switch self {
        case let .invalidLine(file, line, reason):
            return "\(file):\(line): not a PII corpus case (\(reason)); expected {\"id\", \"text\", \"entities\"}."
        case let .invalidSpan(file, line, id):
            return "\(file):\(line): case \(id) has an entity span outside its text; offsets are code points."
        }
    }
}

/// Loads PII corpora in JSON Lines form.
public enum PIICorpus {
    /// Reads every non-empty line of the JSONL file at `url` as a case.
    public static func load(from url: URL) throws -> [PIICorpusCase] {
        let data = try Data(contentsOf: url)
        return try parse(String(decoding: data, as: UTF8.self), fileName: url.lastPathComponent)
    }

    /// Parses JSONL `contents`; `fileName` only appears in error messages.
    public static func parse(_ contents: String, fileName: String = "corpus.jsonl") throws -> [PIICorpusCase] {
        let decoder = JSONDecoder()
        var cases: [PIICorpusCase] = []
        for (offset, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let item: PIICorpusCase
            do {
                item = try decoder.decode(PIICorpusCase.self, from: Data(trimmed.utf8))
            } catch {
                throw PIICorpusError.invalidLine(file: fileName, line: offset + 1, reason: String(describing: error))
            }
            let length = item.text.unicodeScalars.count
            if item.entities.contains(where: { $0.start < 0 || $0.end > length || $0.start >= $0.end }) {
                throw PIICorpusError.invalidSpan(file: fileName, line: offset + 1, id: item.id)
            }
            cases.append(item)
        }
        return cases
    }
}
