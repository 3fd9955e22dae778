import Foundation

/// A JSON Schema `pattern` (an ECMA-262 regular expression, unanchored, Unicode mode) compiled once
/// into an `NSRegularExpression`. ECMA-only meanings are translated to ICU syntax first: `\d`, `\w`
/// and `\s` are ASCII/ECMA sets, `$` only matches at the very end, `.` excludes line terminators only.
final class ECMARegex: @unchecked Sendable {
    // NSRegularExpression is immutable after creation and documented as safe to use from many threads.
    let source: String
    private let regex: NSRegularExpression

    /// Compiles `pattern`; throws a description of the problem when it is not a valid expression.
    init(_ pattern: String) throws(RegexError) {
        source = pattern
        guard let translated = Self.translate(pattern) else {
            throw RegexError(message: "invalid regular expression \(pattern)")
        }
        do {
            regex = try NSRegularExpression(pattern: translated, options: [])
        } catch {
            throw RegexError(message: "invalid regular expression \(pattern)")
        }
    }

    /// Why a pattern could not be compiled.
    struct RegexError: Error {
        let message: String
    }

    /// True when the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        let length = text.utf16.count
        return regex.firstMatch(in: text, options: [], range: NSRange(location: 0, length: length)) != nil
    }

    private static let ecmaSpaces =
        "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"

    /// Rewrites ECMA-262 syntax into equivalent ICU syntax; nil on a dangling backslash.
    static func translate(_ pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        var out = ""
        var i = 0
        var inClass = false
        var classStart = false
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\" {
                guard i + 1 < scalars.count else { return nil }
                let next = scalars[i + 1]
                i += 2
                if next == "u", i < scalars.count, scalars[i] == "{" {
                    // \u{hex} (Unicode mode) becomes ICU's \x{hex}.
                    guard let close = scalars[i...].firstIndex(of: "}") else { return nil }
                    out += "\\x{" + String(String.UnicodeScalarView(scalars[(i + 1)..<close])) + "}"
                    i = close + 1
                } else {
                    out += translateEscape(next, inClass: inClass)
                }
                classStart = false
                continue
            }
            if inClass {
                if c == "]" {
                    if classStart {
                        // ECMA "[]" matches nothing and "[^]" matches anything.
                        let negated = out.hasSuffix("[^")
                        out.removeLast(negated ? 2 : 1)
                        out += negated ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]"
                    } else {
                        out += "]"
                    }
                    inClass = false
                } else if c == "^" && classStart && out.hasSuffix("[") {
                    out += "^"
                    i += 1
                    continue
                } else if c == "-" || c.properties.isAlphabetic || ("0"..."9").contains(c) || c.value > 0x7F {
                    out.unicodeScalars.append(c)
                } else {
                    out += "\\"
                    out.unicodeScalars.append(c)
                }
                classStart = false
                i += 1
                continue
            }
            switch c {
            case "[":
                inClass = true
                classStart = true
                out += "["
            case "$":
                out += "\\z"
            case ".":
                out += "[^\\n\\r\\x{2028}\\x{2029}]"
            default:
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        return out
    }

    private static func translateEscape(_ c: Unicode.Scalar, inClass: Bool) -> String {
        switch c {
        case "d": return inClass ? "0-9" : "[0-9]"
        case "D": return "[^0-9]"
        case "w": return inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]"
        case "W": return "[^a-zA-Z0-9_]"
        case "s": return inClass ? ecmaSpaces : "[" + ecmaSpaces + "]"
        case "S": return "[^" + ecmaSpaces + "]"
        case "b": return inClass ? "\\x{8}" : "\\b"
        case "v": return "\\x{0B}"
        case "/": return "/"
        default:
            var out = "\\"
            out.unicodeScalars.append(c)
            return out
        }
    }
}
