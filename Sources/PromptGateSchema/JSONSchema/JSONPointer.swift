import PromptGateJSON

/// RFC 6901 JSON Pointer helpers: escaping reference tokens, splitting pointers and walking a
/// `JSONValue` along one, plus the percent-decoding URI fragments need.
package enum JSONPointer {
    /// Escapes one reference token ("~" becomes "~0", "/" becomes "~1").
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return token
        }
        var out = ""
        out.reserveCapacity(token.utf8.count + 2)
        for character in token.unicodeScalars {
            switch character {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// Appends one unescaped reference token to a pointer.
    package static func appending(_ pointer: String, _ token: String) -> String {
        pointer + "/" + escape(token)
    }

    /// Appends an array index to a pointer.
    package static func appending(_ pointer: String, _ index: Int) -> String {
        pointer + "/" + String(index)
    }

    /// Splits a pointer into unescaped tokens; nil when it is malformed (no leading "/", or "~" not
    /// followed by "0" or "1").
    package static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        var result: [String] = []
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let token = unescape(raw) else { return nil }
            result.append(token)
        }
        return result
    }

    /// The value at `tokens` inside `root`, or nil when the path does not exist.
    package static func resolve(_ tokens: [String], in root: JSONValue) -> JSONValue? {
        var current = root
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let items):
                guard let index = arrayIndex(token), index < items.count else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// Builds a pointer string from unescaped tokens.
    static func build(_ tokens: [String]) -> String {
        var out = ""
        for token in tokens { out = appending(out, token) }
        return out
    }

    /// Decimal array index without leading zeros, as RFC 6901 requires.
    static func arrayIndex(_ token: String) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if token.utf8.count > 1 && token.utf8.first == 0x30 { return nil }
        return Int(token)
    }

    /// Whether `text` is a syntactically valid JSON Pointer (used by the "json-pointer" format).
    static func isValid(_ text: String) -> Bool {
        tokens(text) != nil
    }

    /// Decodes %XX escapes as UTF-8; nil when an escape is malformed or the bytes are not UTF-8.
    package static func percentDecode(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte != UInt8(ascii: "%") {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.popFirst().flatMap(hexValue), let low = iterator.popFirst().flatMap(hexValue)
            else { return nil }
            bytes.append(high << 4 | low)
        }
        // Decoding repairs invalid UTF-8 with U+FFFD, which changes the bytes: reject that.
        let decoded = String(decoding: bytes, as: UTF8.self)
        return decoded.utf8.elementsEqual(bytes) ? decoded : nil
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func unescape(_ raw: Substring) -> String? {
        guard raw.utf8.contains(UInt8(ascii: "~")) else { return String(raw) }
        var out = ""
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "~" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalars.next() {
            case "0": out += "~"
            case "1": out += "/"
            default: return nil
            }
        }
        return out
    }
}
