import Foundation

/// The recordings of one prompt version held in memory, to write or merge
/// `testsets/<set>/recordings/<prompt>@v<N>.jsonl` (`--record`); replay reads the file through
/// `RecordingIndex`.
public struct RecordingFile: Sendable {
    /// Path relative to the project root.
    public let path: String
    public private(set) var recordings: [CaseKey: Recording] = [:]
    /// Line of each recording, for messages.
    public private(set) var lines: [CaseKey: Int] = [:]

    /// The recordings file of a prompt version.
    public static func url(config: ProjectConfig, testset: String, prompt: String, version: Int) -> URL {
        config.testsetsURL.appendingPathComponent(testset).appendingPathComponent("recordings").appendingPathComponent(
            "\(prompt)@v\(version).jsonl")
    }

    /// An empty file to record into.
    public init(path: String) {
        self.path = path
    }

    /// Loads a whole recordings file (to merge new recordings into it); malformed and duplicate
    /// lines are errors with their line numbers. Replay reads through `RecordingIndex` instead.
    public static func load(url: URL, display: String) throws(InputError) -> RecordingFile {
        var file = RecordingFile(path: display)
        try RecordingLines.read(url: url, display: display) { recording, location in
            let key = CaseKey(caseID: recording.caseID, repeatIndex: recording.repeatIndex)
            if let first = file.lines[key] { return first }
            file.add(recording, line: location.line)
            return nil
        }
        return file
    }

    /// Adds or replaces a recording.
    public mutating func add(_ recording: Recording, line: Int = 0) {
        let key = CaseKey(caseID: recording.caseID, repeatIndex: recording.repeatIndex)
        recordings[key] = recording
        lines[key] = line
    }

    /// The file's text: one line per recording, ordered by case id then repeat.
    public func serialized(order: [String]) -> String {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let sorted = recordings.values.sorted {
            let a = rank[$0.caseID] ?? Int.max, b = rank[$1.caseID] ?? Int.max
            return a != b ? a < b : ($0.caseID != $1.caseID ? $0.caseID < $1.caseID : $0.repeatIndex < $1.repeatIndex)
        }
        return sorted.map { JSONWriter.canonical($0.json) + "\n" }.joined()
    }
}
