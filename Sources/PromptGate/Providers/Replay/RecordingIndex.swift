import Foundation

/// A recordings file opened for replay: every line is parsed and checked when it opens, but only
/// where each recording is (and a fingerprint of its request hash) is kept; a recording is read
/// back from the file when its case is called. A 10,000-case replay then holds ~40 bytes per
/// recording instead of the recordings themselves (and never the whole file).
public final class RecordingIndex: Sendable {
    /// Path relative to the project root, for messages.
    public let path: String
    /// Runs per case the file holds: one more than the highest recorded repeat index (0 when empty).
    public let recordedRepeats: Int
    private let entries: [CaseKey: Entry]
    private let descriptor: Int32

    private struct Entry {
        let offset: Int
        let length: Int32
        let line: Int32
        let hashFingerprint: UInt64
    }

    /// Opens and checks `url`; malformed and duplicate lines are errors with their line numbers.
    public init(url: URL, display: String) throws(InputError) {
        var entries: [CaseKey: Entry] = [:]
        var highestRepeat = -1
        try RecordingLines.read(url: url, display: display) { recording, location in
            let key = CaseKey(caseID: recording.caseID, repeatIndex: recording.repeatIndex)
            if let first = entries[key] { return Int(first.line) }
            entries[key] = Entry(
                offset: location.offset, length: Int32(clamping: location.length), line: Int32(clamping: location.line),
                hashFingerprint: Self.fingerprint(recording.requestHash))
            highestRepeat = max(highestRepeat, recording.repeatIndex)
            return nil
        }
        guard case .success(let descriptor) = RegularFile.open(url.path) else {
            throw InputError(.error(display, "cannot read the file; check that it exists and is readable"))
        }
        self.path = display
        self.entries = entries
        self.recordedRepeats = highestRepeat + 1
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The line of a recording, for messages.
    public func line(of key: CaseKey) -> Int? {
        entries[key].map { Int($0.line) }
    }

    /// The keys in file order.
    public var keysInFileOrder: [CaseKey] {
        entries.sorted { $0.value.line < $1.value.line }.map(\.key)
    }

    /// Reads the recording of `key` from the file; nil when there is none. Throws when the line no
    /// longer holds that recording (the file changed after it was opened).
    public func recording(for key: CaseKey) throws(ProviderError) -> Recording? {
        guard let entry = entries[key] else { return nil }
        let changed = ProviderError(
            .missingRecording,
            "\(path) changed during the run (line \(entry.line) no longer holds case \(key.caseID) repeat \(key.repeatIndex)); run again"
        )
        guard let bytes = TextLines.read(descriptor, offset: entry.offset, length: Int(entry.length)),
            case .success(let recording) = RecordingLines.parse(bytes[...]),
            recording.caseID == key.caseID, recording.repeatIndex == key.repeatIndex
        else { throw changed }
        return recording
    }

    /// The request a recording must answer: a case, a repeat and the request's `requestHash`.
    public typealias Request = (caseID: String, repeatIndex: Int, requestHash: String)

    /// Checks that every request has a recording made for exactly that request; every mismatch is
    /// an error that says to re-record. `requests` is read once, one request at a time.
    public func verify(_ requests: some Sequence<Request>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for request in requests {
            let key = CaseKey(caseID: request.caseID, repeatIndex: request.repeatIndex)
            guard let entry = entries[key] else {
                problems.append(
                    .error(
                        path, caseID: request.caseID,
                        "no recording for repeat \(request.repeatIndex); re-record this prompt version with `--record` against a live provider"
                    ))
                continue
            }
            if entry.hashFingerprint != Self.fingerprint(request.requestHash) {
                problems.append(
                    .error(
                        path, line: Int(entry.line), caseID: request.caseID,
                        "recording is stale: the rendered request changed since it was recorded (prompt, case or parameters); re-record with `--record` against a live provider"
                    ))
            }
        }
        return problems
    }

    /// `verify` for requests at hand (a judge's requests, rendered from the answers they judge).
    public func verify(_ requests: some Sequence<CompletionRequest>) -> [Diagnostic] {
        verify(requests.lazy.map { ($0.caseID, $0.repeatIndex, $0.requestHash) })
    }

    /// 64-bit FNV-1a of a request hash: equal hashes always match; the replay provider compares the
    /// full hashes again when it answers, so a fingerprint collision cannot replay a stale answer.
    private static func fingerprint(_ hash: String) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in hash.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return value
    }
}
