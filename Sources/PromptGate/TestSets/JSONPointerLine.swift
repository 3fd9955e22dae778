/// Finds the line where the value a JSON Pointer (RFC 6901) names starts in JSON text, so problems
/// reported by pointer (schema errors) can be shown as `file:line`. The text must already have
/// parsed as JSON; a pointer that does not resolve gives the line of its deepest resolved part.
enum JSONPointerLine {
    static func line(of pointer: String, in text: String) -> Int {
        let pointer = pointer.hasPrefix("#") ? pointer.dropFirst() : Substring(pointer)
        var tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }[...]
        var scanner = Scanner(bytes: Array(text.utf8))
        scanner.skipWhitespace()
        var found = scanner.line
        while let token = tokens.popFirst(), scanner.enter(token) {
            found = scanner.line
        }
        return found
    }

    /// Walks just far enough through the text to reach a member or an element.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1

        init(bytes: [UInt8]) { self.bytes = bytes }

        /// Moves to the start of member `token` of the object (or element of the array) at the cursor.
        mutating func enter(_ token: String) -> Bool {
            guard index < bytes.count else { return false }
            if bytes[index] == UInt8(ascii: "{") {
                advance()
                while true {
                    skipWhitespace()
                    guard peek == UInt8(ascii: "\"") else { return false }
                    let key = readString()
                    skipWhitespace()
                    guard peek == UInt8(ascii: ":") else { return false }
                    advance()
                    skipWhitespace()
                    if key == token { return true }
                    guard skipValue(), skipSeparator() else { return false }
                }
            }
            if bytes[index] == UInt8(ascii: "["), let wanted = Int(token), wanted >= 0 {
                advance()
                for _ in 0..<wanted {
                    skipWhitespace()
                    guard skipValue(), skipSeparator() else { return false }
                }
                skipWhitespace()
                return peek != UInt8(ascii: "]") && peek != nil
            }
            return false
        }

        var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func advance() {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }

        mutating func skipWhitespace() {
            while let b = peek, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { advance() }
        }

        /// After a value: true at a `,` (consumed), false at the end of the container.
        mutating func skipSeparator() -> Bool {
            skipWhitespace()
            guard peek == UInt8(ascii: ",") else { return false }
            advance()
            return true
        }

        /// Reads a string at the cursor, decoding only the escapes that matter for key names.
        mutating func readString() -> String {
            advance()
            var raw: [UInt8] = []
            while let b = peek, b != UInt8(ascii: "\"") {
                if b == UInt8(ascii: "\\") {
                    advance()
                    guard let escaped = peek else { break }
                    raw.append(escaped == UInt8(ascii: "n") ? 0x0A : escaped)
                } else {
                    raw.append(b)
                }
                advance()
            }
            if peek != nil { advance() }
            return String(decoding: raw, as: UTF8.self)
        }

        /// Skips one value of any kind, iteratively (no recursion on nesting).
        mutating func skipValue() -> Bool {
            guard let first = peek else { return false }
            if first == UInt8(ascii: "\"") {
                _ = readString()
                return true
            }
            if first != UInt8(ascii: "{") && first != UInt8(ascii: "[") {
                let ends: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D]
                while let c = peek, !ends.contains(c) { advance() }
                return true
            }
            var depth = 0
            while let b = peek {
                if b == UInt8(ascii: "\"") {
                    _ = readString()
                    continue
                }
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1 }
                advance()
                if depth == 0 { return true }
            }
            return false
        }
    }
}
