/// One recorded response for a case and repeat, as stored in a recordings JSONL file.
public struct Recording: Sendable, Equatable {
    /// The recording line format version.
    public static let formatVersion = 1

    public var caseID: String
    public var repeatIndex: Int
    public var requestHash: String
    public var response: CompletionResponse

    public init(caseID: String, repeatIndex: Int, requestHash: String, response: CompletionResponse) {
        self.caseID = caseID
        self.repeatIndex = repeatIndex
        self.requestHash = requestHash
        self.response = response
    }

    /// The line written to the recordings file.
    public var json: JSONValue {
        [
            "format": .number(Double(Self.formatVersion)),
            "id": .string(caseID),
            "repeat": .number(Double(repeatIndex)),
            "request_hash": .string(requestHash),
            "model": .string(response.model),
            "output": .string(response.text),
            "stop_reason": .string(response.stopReason.rawValue),
            "usage": ["input_tokens": .number(Double(response.usage.inputTokens)), "output_tokens": .number(Double(response.usage.outputTokens))],
            "latency_ms": .number(response.latencyMs.rounded()),
        ]
    }

    /// Reads one line; nil with a message when the line is not a recording.
    static func parse(_ value: JSONValue) -> Result<Recording, RecordingLineError> {
        guard case .object(let o) = value else { return .failure(RecordingLineError("each line must be a JSON object")) }
        guard case .string(let id)? = o["id"], !id.isEmpty else { return .failure(RecordingLineError("missing string `id`")) }
        guard case .number(let r)? = o["repeat"], r >= 0, r.isJSONInteger else { return .failure(RecordingLineError("`repeat` must be a whole number >= 0")) }
        guard case .string(let hash)? = o["request_hash"] else { return .failure(RecordingLineError("missing string `request_hash`")) }
        guard case .string(let output)? = o["output"] else { return .failure(RecordingLineError("missing string `output`")) }
        let stop = o["stop_reason"]?.stringValue.flatMap(StopReason.init(rawValue:)) ?? .stop
        let usage = o["usage"]?.objectValue ?? [:]
        let response = CompletionResponse(
            text: output,
            stopReason: stop,
            usage: TokenUsage(inputTokens: Int(usage["input_tokens"]?.numberValue ?? 0), outputTokens: Int(usage["output_tokens"]?.numberValue ?? 0)),
            model: o["model"]?.stringValue ?? "",
            latencyMs: o["latency_ms"]?.numberValue ?? 0
        )
        return .success(Recording(caseID: id, repeatIndex: Int(r), requestHash: hash, response: response))
    }
}

/// Why a recordings line could not be read.
struct RecordingLineError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
