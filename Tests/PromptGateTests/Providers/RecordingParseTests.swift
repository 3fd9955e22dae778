import Testing

@testable import PromptGate

/// A recordings line is user input: a hostile or mistyped value is an error message, never a trap.
@Suite struct RecordingParseTests {
    static let good =
        #"{"format":1,"id":"c1","repeat":0,"request_hash":"sha256:00","output":"{}","stop_reason":"length","usage":{"input_tokens":3,"output_tokens":4}}"#

    func parse(_ line: String) throws -> Result<Recording, RecordingLineError> {
        Recording.parse(try JSONParser.parse(line))
    }

    @Test func readsAGoodLine() throws {
        let recording = try parse(Self.good).get()
        #expect(recording.response.stopReason == .length)
        #expect(recording.response.usage.outputTokens == 4)
    }

    @Test(
        arguments: [
            (#""repeat":0"#, #""repeat":1e300"#, "`repeat` must be a whole number"),
            (#""repeat":0"#, #""repeat":0.5"#, "`repeat` must be a whole number"),
            (#""input_tokens":3"#, #""input_tokens":1e300"#, "`usage.input_tokens`"),
            (#""output_tokens":4"#, #""output_tokens":-4"#, "`usage.input_tokens`"),
            (#""format":1"#, #""format":2"#, "unsupported recording format 2"),
            (#""stop_reason":"length""#, #""stop_reason":"lenght""#, "`stop_reason` must be one of"),
            (#""stop_reason":"length""#, #""stop_reason":7"#, "`stop_reason` must be one of"),
        ] as [(String, String, String)])
    func badValuesAreErrors(from: String, to: String, fragment: String) throws {
        let line = Self.good.replacingOccurrences(of: from, with: to)
        guard case .failure(let error) = try parse(line) else {
            Issue.record("accepted \(line)")
            return
        }
        #expect(error.message.contains(fragment), "\(error.message)")
    }
}
