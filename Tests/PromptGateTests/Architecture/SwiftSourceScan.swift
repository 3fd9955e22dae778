/// A small lexer for the domain layer test: the top-level type names a Swift file declares and the
/// capitalised names its code uses, with comments and the text of string literals left out (code
/// interpolated into a string, `"\(Type.member)"`, still counts).
enum SwiftSourceScan {
    /// The file's code with comments and literal text replaced by spaces; each character of the
    /// result is paired with the brace depth at which it stands.
    static func code(_ text: String) -> [(character: Character, depth: Int)] {
        enum Mode { case code(parens: Int), string(multiline: Bool) }
        var out: [(Character, Int)] = []
        var modes: [Mode] = [.code(parens: 0)]
        var depth = 0
        let chars = Array(text)
        var i = 0
        func starts(_ s: String) -> Bool { chars[i...].starts(with: s) }
        while i < chars.count {
            let c = chars[i]
            switch modes[modes.count - 1] {
            case .string(let multiline):
                if c == "\\" && i + 1 < chars.count && chars[i + 1] == "(" {
                    modes.append(.code(parens: 0))
                    i += 2
                    continue
                }
                if c == "\\" { i += 2; continue }
                if multiline ? starts("\"\"\"") : c == "\"" {
                    modes.removeLast()
                    i += multiline ? 3 : 1
                    continue
                }
                if c == "\n" { out.append(("\n", depth)) }
                i += 1
            case .code(let parens):
                if starts("//") {
                    while i < chars.count && chars[i] != "\n" { i += 1 }
                } else if starts("/*") {
                    var nesting = 0
                    repeat {
                        if starts("/*") {
                            nesting += 1; i += 2
                        } else if starts("*/") {
                            nesting -= 1; i += 2
                        } else {
                            i += 1
                        }
                    } while nesting > 0 && i < chars.count
                } else if starts("\"\"\"") {
                    modes.append(.string(multiline: true))
                    i += 3
                } else if c == "\"" {
                    modes.append(.string(multiline: false))
                    i += 1
                } else if c == ")" && parens == 0 && modes.count > 1 {
                    modes.removeLast()  // the end of an interpolation
                    i += 1
                } else {
                    if c == "(" { modes[modes.count - 1] = .code(parens: parens + 1) }
                    if c == ")" { modes[modes.count - 1] = .code(parens: parens - 1) }
                    if c == "{" { depth += 1 }
                    if c == "}" { depth -= 1 }
                    out.append((c, depth))
                    i += 1
                }
            }
        }
        return out
    }

    /// The identifiers of the code, each with the brace depth it stands at.
    static func words(_ text: String) -> [(word: String, depth: Int)] {
        var words: [(String, Int)] = []
        var current = ""
        var currentDepth = 0
        for (c, depth) in code(text) + [(" ", 0)] {
            if c.isLetter || c.isNumber || c == "_" {
                if current.isEmpty { currentDepth = depth }
                current.append(c)
            } else if !current.isEmpty {
                words.append((current, currentDepth))
                current = ""
            }
        }
        return words
    }

    /// Types declared at the top level (struct, class, enum, protocol, actor, typealias), leaving
    /// out private ones, which no other file can use.
    static func declaredTypes(_ text: String) -> Set<String> {
        let words = words(text)
        var names: Set<String> = []
        for (index, (word, depth)) in words.enumerated().dropLast() where depth == 0 {
            guard ["struct", "class", "enum", "protocol", "actor", "typealias"].contains(word) else { continue }
            if index > 0, ["private", "fileprivate"].contains(words[index - 1].word) { continue }
            let name = words[index + 1].word
            if name.first?.isUppercase == true { names.insert(name) }
        }
        return names
    }

    /// Every capitalised name the code uses or declares.
    static func typeNames(_ text: String) -> Set<String> {
        Set(words(text).map(\.word).filter { $0.first?.isUppercase == true })
    }
}
