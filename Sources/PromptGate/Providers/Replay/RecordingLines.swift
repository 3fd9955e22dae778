import Foundation

/// Reads a recordings file line by line (never the whole file at once), parsing and checking every
/// line; every malformed or duplicate line is reported with its line number, all at once.
enum RecordingLines {
    /// Where a recording's line is in its file.
    struct Location {
        let line: Int
        let offset: Int
        let length: Int
    }

    /// Calls `add` with every recording and where it is; `add` returns the line of an earlier
    /// recording with the same case and repeat, if there is one (a duplicate, reported).
    static func read(url: URL, display: String, _ add: (Recording, Location) -> Int?) throws(InputError) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw InputError(
                .error(
                    display,
                    "no recordings for this prompt version; record them with `promptgate run <prompt>@vN --record --provider <live provider>`"
                ))
        }
        var bag = DiagnosticBag()
        try TextLines.forEach(url.path, display: display) { line in
            guard line.bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
            switch parse(line.bytes) {
            case .failure(let error):
                bag.append(.error(display, line: line.number, error.message))
            case .success(let recording):
                if let first = add(
                    recording, Location(line: line.number, offset: line.offset, length: line.bytes.count))
                {
                    bag.append(
                        .error(
                            display, line: line.number, caseID: recording.caseID,
                            "duplicate recording for repeat \(recording.repeatIndex) (first on line \(first))"))
                }
            }
        }
        if bag.hasErrors { throw InputError(bag.errors) }
    }

    /// One line's recording, or what is wrong with it.
    static func parse(_ bytes: ArraySlice<UInt8>) -> Result<Recording, RecordingLineError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes: Array(bytes))
        } catch {
            return .failure(RecordingLineError("not valid JSON: \(error.message)"))
        }
        return Recording.parse(value)
    }
}
