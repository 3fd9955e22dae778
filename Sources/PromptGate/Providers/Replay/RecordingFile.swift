import Foundation

/// The recordings of one prompt version: `testsets/<set>/recordings/<prompt>@v<N>.jsonl`.
public struct RecordingFile: Sendable {
    /// Path relative to the project root.
    public let path: String
    public private(set) var recordings: [RecordingKey: Recording] = [:]
    /// Line of each recording, for messages.
    public private(set) var lines: [RecordingKey: Int] = [:]

    /// Identifies a recording: case id and repeat index.
    public struct RecordingKey: Hashable, Sendable {
        public let caseID: String
        public let repeatIndex: Int

        public init(caseID: String, repeatIndex: Int) {
            self.caseID = caseID
            self.repeatIndex = repeatIndex
        }
    }

    /// The recordings file of a prompt version.
    public static func url(config: ProjectConfig, testset: String, prompt: String, version: Int) -> URL {
        config.testsetsURL.appendingPathComponent(testset).appendingPathComponent("recordings").appendingPathComponent("\(prompt)@v\(version).jsonl")
    }

    /// An empty file to record into.
    public init(path: String) {
        self.path = path
    }

    /// Loads a recordings file; malformed lines are errors with their line numbers.
    public static func load(url: URL, display: String) throws(InputError) -> RecordingFile {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw InputError(.error(display, "no recordings for this prompt version; record them with `promptgate run <prompt>@vN --record --provider <live provider>`"))
        }
        let text = try TextFile.read(url.path, display: display)
        var file = RecordingFile(path: display)
        var bag = DiagnosticBag()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.allSatisfy(\.isWhitespace) {
            let value: JSONValue
            do {
                value = try JSONParser.parse(String(line))
            } catch {
                bag.append(.error(display, line: index + 1, "not valid JSON: \(error.message)"))
                continue
            }
            switch Recording.parse(value) {
            case .failure(let error):
                bag.append(.error(display, line: index + 1, error.message))
            case .success(let recording):
                let key = RecordingKey(caseID: recording.caseID, repeatIndex: recording.repeatIndex)
                if let first = file.lines[key] {
                    bag.append(.error(display, line: index + 1, caseID: recording.caseID, "duplicate recording for repeat \(recording.repeatIndex) (first on line \(first))"))
                    continue
                }
                file.add(recording, line: index + 1)
            }
        }
        if bag.hasErrors { throw InputError(bag.errors) }
        return file
    }

    /// Runs per case the file holds: one more than the highest recorded repeat index (0 when empty).
    public var recordedRepeats: Int { (recordings.keys.map(\.repeatIndex).max() ?? -1) + 1 }

    /// Adds or replaces a recording.
    public mutating func add(_ recording: Recording, line: Int = 0) {
        let key = RecordingKey(caseID: recording.caseID, repeatIndex: recording.repeatIndex)
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

    /// Checks that every planned request has a recording whose hash matches; every mismatch is an
    /// error that says to re-record.
    public func verify(_ requests: [CompletionRequest]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for request in requests {
            let key = RecordingKey(caseID: request.caseID, repeatIndex: request.repeatIndex)
            guard let recording = recordings[key] else {
                problems.append(.error(path, caseID: request.caseID, "no recording for repeat \(request.repeatIndex); re-record this prompt version with `--record` against a live provider"))
                continue
            }
            if recording.requestHash != request.requestHash {
                problems.append(.error(path, line: lines[key], caseID: request.caseID, "recording is stale: the rendered request changed since it was recorded (prompt, case or parameters); re-record with `--record` against a live provider"))
            }
        }
        return problems
    }
}
