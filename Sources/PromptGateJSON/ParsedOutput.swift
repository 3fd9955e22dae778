/// How the JSON in a model's reply was found.
public enum ParseMode: String, Sendable, Codable {
    /// The whole reply was one JSON value.
    case strict
    /// The JSON sat inside a Markdown code fence: accepted, but flagged.
    case fenced
    /// The JSON was surrounded by prose: accepted, but flagged.
    case extracted
    /// No JSON value could be read from the reply.
    case failed
    /// The prompt's output mode is text: nothing to parse.
    case text
}

/// A model reply read as JSON, with how it was found and, when it failed, why.
public struct ParsedOutput: Sendable, Equatable {
    public var value: JSONValue?
    public var mode: ParseMode
    /// For `failed`: the parser's message.
    public var error: String?

    public init(value: JSONValue?, mode: ParseMode, error: String? = nil) {
        self.value = value
        self.mode = mode
        self.error = error
    }

    /// True when JSON was read but not as the whole reply (a code fence or prose around it).
    public var isFlagged: Bool { mode == .fenced || mode == .extracted }
}

/// Reads JSON from model replies: strictly first, then (flagged) from a code fence or from prose.
public enum OutputParser {
    /// Parses a reply. Tolerant extraction is allowed but always recorded in `mode`.
    public static func parse(_ text: String) -> ParsedOutput {
        let bytes = Array(text.utf8)
        let trimmed = trim(bytes)
        let strictError: JSONParseError
        do {
            return ParsedOutput(value: try JSONParser.parse(bytes: Array(bytes[trimmed])), mode: .strict)
        } catch {
            strictError = error
        }
        if let fenced = fencedBlock(text), let value = try? JSONParser.parse(fenced) {
            return ParsedOutput(value: value, mode: .fenced)
        }
        if let value = firstEmbeddedObject(bytes) {
            return ParsedOutput(value: value, mode: .extracted)
        }
        return ParsedOutput(value: nil, mode: .failed, error: strictError.description)
    }

    private static func trim(_ bytes: [UInt8]) -> Range<Int> {
        var start = 0, end = bytes.count
        while start < end, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[start]) { start += 1 }
        while end > start, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The content of the first ``` fence (optionally ```json).
    private static func fencedBlock(_ text: String) -> String? {
        guard let open = text.range(of: "```") else { return nil }
        var rest = text[open.upperBound...]
        if let newline = rest.firstIndex(of: "\n") {
            let info = rest[..<newline].trimmingCharacters(in: .whitespaces)
            if info.isEmpty || info.allSatisfy({ $0.isLetter }) { rest = rest[rest.index(after: newline)...] }
        }
        guard let close = rest.range(of: "```") else { return nil }
        return String(rest[..<close.lowerBound])
    }

    /// The first `{...}` or `[...]` in the text that parses as a whole value.
    private static func firstEmbeddedObject(_ bytes: [UInt8]) -> JSONValue? {
        var index = 0
        var attempts = 0
        while index < bytes.count, attempts < 64 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                attempts += 1
                if let (value, _) = try? JSONParser.parsePrefix(bytes: bytes, from: index) {
                    if case .object = value { return value }
                    if case .array(let items) = value, !items.isEmpty { return value }
                }
            }
            index += 1
        }
        return nil
    }
}
