// Fuzz target `json`: the strict JSON parser and the model-output JSON extraction.
//
// Input: arbitrary bytes, read both as raw UTF-8 (JSONParser.parse(bytes:)) and as a model
// reply (OutputParser.parse, after lossy UTF-8 decoding).
//
// Properties checked besides "does not crash":
//  - round trip: a value from a strict parse, written with JSONWriter.canonical, parses
//    again to an equal value, and writing that value gives the same canonical bytes;
//  - JSONWriter.pretty output parses to the same value too;
//  - parse errors point inside the input (offset <= byte count, line/column >= 1);
//  - OutputParser: `strict` means the trimmed reply is the value, `failed` carries no value
//    and an error, `fenced`/`extracted` carry a value (an object or a non-empty array when
//    extracted).

import PromptGateJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func jsonFuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    checkStrictParser(bytes)
    checkOutputParser(fuzzText(bytes))
    return 0
}

private func checkStrictParser(_ bytes: [UInt8]) {
    let value: JSONValue
    do {
        value = try JSONParser.parse(bytes: bytes)
    } catch {
        fuzzRequire(error.offset >= 0 && error.offset <= bytes.count,
                    "error offset \(error.offset) outside 0...\(bytes.count)")
        fuzzRequire(error.line >= 1 && error.column >= 1, "error position \(error.line):\(error.column)")
        return
    }
    checkRoundTrip(value)
}

private func checkRoundTrip(_ value: JSONValue) {
    let canonical = JSONWriter.canonical(value)
    let reparsed: JSONValue
    do {
        reparsed = try JSONParser.parse(canonical)
    } catch {
        fatalError("fuzz property violated: canonical output does not re-parse (\(error)): \(canonical.prefix(300))")
    }
    fuzzRequire(reparsed == value, "canonical round trip changed the value: \(canonical.prefix(300))")
    let again = JSONWriter.canonical(reparsed)
    fuzzRequire(again == canonical && Array(again.utf8) == Array(canonical.utf8),
                "canonical form is not stable: \(canonical.prefix(200)) vs \(again.prefix(200))")
    let pretty = JSONWriter.pretty(value)
    guard let fromPretty = try? JSONParser.parse(pretty) else {
        fatalError("fuzz property violated: pretty output does not re-parse: \(pretty.prefix(300))")
    }
    fuzzRequire(fromPretty == value, "pretty round trip changed the value")
}

private func checkOutputParser(_ text: String) {
    let parsed = OutputParser.parse(text)
    switch parsed.mode {
    case .strict:
        guard let value = parsed.value else { fatalError("fuzz property violated: strict parse without a value") }
        fuzzRequire(parsed.error == nil, "strict parse with an error")
        // The whole reply (minus surrounding JSON white space) is this value.
        let strict = try? JSONParser.parse(trimJSONWhitespace(text))
        fuzzRequire(strict == value, "strict mode value differs from parsing the trimmed reply")
        checkRoundTrip(value)
    case .fenced, .extracted:
        guard let value = parsed.value else { fatalError("fuzz property violated: \(parsed.mode) parse without a value") }
        fuzzRequire(parsed.isFlagged, "\(parsed.mode) not flagged")
        fuzzRequire((try? JSONParser.parse(trimJSONWhitespace(text))) == nil,
                    "\(parsed.mode) although the whole reply is valid JSON")
        if parsed.mode == .extracted {
            switch value {
            case .object: break
            case .array(let items): fuzzRequire(!items.isEmpty, "extracted an empty array")
            default: fatalError("fuzz property violated: extracted a scalar \(value)")
            }
        }
        checkRoundTrip(value)
    case .failed:
        fuzzRequire(parsed.value == nil, "failed parse with a value")
        fuzzRequire(parsed.error != nil, "failed parse without an error message")
    case .text:
        fatalError("fuzz property violated: OutputParser.parse returned mode text")
    }
}

private func trimJSONWhitespace(_ text: String) -> String {
    let ws: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09]
    let utf8 = Array(text.utf8)
    var start = 0, end = utf8.count
    while start < end, ws.contains(utf8[start]) { start += 1 }
    while end > start, ws.contains(utf8[end - 1]) { end -= 1 }
    return String(decoding: utf8[start..<end], as: UTF8.self)
}
