import PromptGateJSON

/// JSON Schema's notion of equality and the short value renderings used in messages.
package enum SchemaValue {
    /// Equality as JSON Schema defines it: numbers by value (1 == 1.0), strings code point by code
    /// point (no Unicode normalisation), arrays in order, objects regardless of key order.
    package static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        // A `.decimal` is never equal to a double's value (else it would have been parsed as one).
        case (.decimal(let x), .decimal(let y)): return x == y
        case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return false }
            for index in x.indices where !equal(x[index], y[index]) { return false }
            return true
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            for (key, value) in x {
                guard let other = y[key], equal(value, other) else { return false }
            }
            return true
        default:
            return false
        }
    }

    /// Bytes that are equal exactly when two values are `equal` (canonical JSON: sorted keys,
    /// shortest numbers), for hashing large `uniqueItems` arrays.
    static func canonicalKey(_ value: JSONValue) -> [UInt8] {
        Array(JSONWriter.canonical(value).utf8)
    }

    /// Compact JSON for a message, shortened with "…" past `limit` characters.
    static func describe(_ value: JSONValue, limit: Int = 60) -> String {
        let text = JSONWriter.canonical(value)
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }

    /// A number as JSON writes it ("3", "0.5").
    static func describe(number: Double) -> String {
        JSONWriter.number(number)
    }

    /// "1 item" / "2 items".
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : (plural ?? noun + "s"))"
    }

    /// "a, b or c".
    static func alternatives(_ words: [String]) -> String {
        guard words.count > 1, let last = words.last else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}
