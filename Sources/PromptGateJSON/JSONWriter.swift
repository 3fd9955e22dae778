/// Serializes `JSONValue`. The canonical form (sorted keys, no insignificant white space) is what
/// hashes are computed over, so the same value always yields the same bytes.
public enum JSONWriter {
    /// Compact JSON with object keys sorted: stable across runs and machines.
    public static func canonical(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, indent: nil, level: 0)
        return out
    }

    /// Indented JSON with sorted keys, for people.
    public static func pretty(_ value: JSONValue, indent: Int = 2) -> String {
        var out = ""
        write(value, into: &out, indent: indent, level: 0)
        return out
    }

    /// Formats a number the way JSON expects: integers without a fraction, others shortest round-trip.
    public static func number(_ n: Double) -> String {
        if n.isJSONInteger, abs(n) < 1e15 {
            return String(Int64(n))
        }
        return n.description
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    public static func quoted(_ s: String) -> String {
        var out = ""
        writeString(s, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int?, level: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .decimal(let d): out += d.description
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (i, key) in members.keys.sorted().enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent: indent, level: level + 1)
                writeString(key, into: &out)
                out += indent == nil ? ":" : ": "
                write(members[key] ?? .null, into: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
