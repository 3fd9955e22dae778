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
            "usage": [
                "input_tokens": .number(Double(response.usage.inputTokens)),
                "output_tokens": .number(Double(response.usage.outputTokens)),
            ],
            "latency_ms": .number(response.latencyMs.rounded()),
        ]
    }

    /// Reads one line; a failure says what is wrong with it.
    static func parse(_ value: JSONValue) -> Result<Recording, RecordingLineError> {
        guard case .object(let o) = value else {
            return .failure(RecordingLineError("each line must be a JSON object"))
        }
        if let format = o["format"], format != .number(Double(formatVersion)) {
            return .failure(
                RecordingLineError(
                    "unsupported recording format \(JSONWriter.canonical(format)); this promptgate reads format \(formatVersion); re-record"
                ))
        }
        guard case .string(let id)? = o["id"], !id.isEmpty else {
            return .failure(RecordingLineError("missing string `id`"))
        }
        guard let repeatIndex = wholeNumber(o["repeat"]) else {
            return .failure(RecordingLineError("`repeat` must be a whole number >= 0"))
        }
        guard case .string(let hash)? = o["request_hash"] else {
            return .failure(RecordingLineError("missing string `request_hash`"))
        }
        guard case .string(let output)? = o["output"] else {
            return .failure(RecordingLineError("missing string `output`"))
        }
        var stop = StopReason.stop
        if let value = o["stop_reason"] {
            guard let reason = value.stringValue.flatMap(StopReason.init(rawValue:)) else {
                let known = StopReason.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(
                    RecordingLineError("`stop_reason` must be one of: \(known); got \(JSONWriter.canonical(value))"))
            }
            stop = reason
        }
        let usage = o["usage"]?.objectValue ?? [:]
        guard let input = wholeNumber(usage["input_tokens"] ?? .number(0)),
            let outputTokens = wholeNumber(usage["output_tokens"] ?? .number(0))
        else {
            return .failure(
                RecordingLineError("`usage.input_tokens` and `usage.output_tokens` must be whole numbers >= 0"))
        }
        var latency = 0.0
        if let value = o["latency_ms"] {
            guard let ms = value.numberValue, NumberRange.milliseconds.contains(ms) else {
                return .failure(
                    RecordingLineError(
                        "`latency_ms` must be a number of milliseconds \(NumberRange.milliseconds); got \(JSONWriter.canonical(value))"
                    ))
            }
            latency = ms
        }
        let response = CompletionResponse(
            text: output,
            stopReason: stop,
            usage: TokenUsage(inputTokens: input, outputTokens: outputTokens),
            model: o["model"]?.stringValue ?? "",
            latencyMs: latency
        )
        return .success(Recording(caseID: id, repeatIndex: repeatIndex, requestHash: hash, response: response))
    }

    /// A JSON number that is a whole number from 0 up to 2^31 - 1; nil for anything else (a huge
    /// number must be an error, not a trap converting it to `Int`).
    private static func wholeNumber(_ value: JSONValue?) -> Int? {
        guard let n = value?.numberValue, n >= 0, n <= Double(Int32.max), let whole = Int(exactly: n) else {
            return nil
        }
        return whole
    }
}

/// Why a recordings line could not be read.
struct RecordingLineError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
