import Foundation

/// Builders for GitHub-flavoured Markdown, so every report escapes the same way. Case ids, field
/// paths, model replies, error messages and names are untrusted: they only reach a report through
/// `text`, `code`, `html` or `fenced`, which make them literal (no raw HTML, no @-mention, no link,
/// no new line, heading or table cell) and cut very long values with a marker.
enum Markdown {
    /// The longest untrusted value shown inline, in characters; longer ones are cut with a marker.
    static let inlineLimit = 400

    /// A table. Cells must already be Markdown built here (`text`, `code`, numbers); every `|` in a
    /// cell is escaped so a cell never splits, whatever backslashes precede it.
    static func table(_ header: [String], _ rows: [[String]], align: [Alignment]? = nil) -> String {
        let alignments = align ?? header.map { _ in .left }
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + alignments.map { $0 == .right ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in rows {
            out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
        }
        return out
    }

    enum Alignment { case left, right }

    /// Untrusted text as literal inline Markdown: `<`, `>`, `&` as entities; backslashes, backticks,
    /// tildes and `]` before `(` or `[` escaped (no code span, strikethrough, link or image); `@` followed by a zero-width joiner (no mention); line breaks
    /// and control characters as spaces; `://` and `www.` broken (no autolink); a leading block marker
    /// (`#`, `>`, `-`, `1.`, indentation) escaped; cut at `inlineLimit`.
    static func text(_ raw: String) -> String {
        var out = ""
        let scalars = Array(singleLine(cut(raw)).unicodeScalars)
        var atStart = true
        for (index, scalar) in scalars.enumerated() {
            if atStart {
                // At the start of a list item or a line, `#`, `>`, `-`, `1.` and indentation would open a block.
                if scalar == " " {
                    out += "&#32;"
                    continue
                }
                atStart = false
                if "#-+*=|".unicodeScalars.contains(scalar) || isListNumber(scalars, from: index) {
                    out += "\\"
                }
            }
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "~": out += "\\" + String(scalar)
            case "]" where index + 1 < scalars.count && (scalars[index + 1] == "(" || scalars[index + 1] == "["):
                out += "\\]"
            case "@": out += "@\u{200D}"
            case ":" where isAutolinkColon(scalars, index): out += ":\u{200D}"
            case "." where isAfterWWW(scalars, index): out += "\u{200D}."
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Untrusted text as an inline code span whose fence is longer than any backtick run inside
    /// (nothing in it is Markdown, HTML or a mention); one line, cut at `inlineLimit`.
    static func code(_ raw: String) -> String {
        let clean = singleLine(cut(raw))
        var longest = 0, run = 0
        for scalar in clean.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad =
            clean.hasPrefix("`") || clean.hasSuffix("`") || clean.hasPrefix(" ") || clean.hasSuffix(" ")
                || clean.isEmpty ? " " : ""
        return fence + pad + clean + pad + fence
    }

    /// Untrusted text for HTML contexts (inside `<summary>`): entities for `&`, `<`, `>`, `"`, one
    /// line, `@` neutralised, cut at `inlineLimit`.
    static func html(_ raw: String) -> String {
        var out = ""
        for scalar in singleLine(cut(raw)).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "@": out += "@\u{200D}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A fenced code block whose fence is longer than any backtick run inside.
    static func fenced(_ text: String, language: String = "") -> String {
        var longest = 0, run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)\(language)\n\(text)\n\(fence)\n"
    }

    /// Escapes every `|` of a cell that is not already escaped (an even run of backslashes before it).
    static func cell(_ markdown: String) -> String {
        guard markdown.contains("|") || markdown.contains("\n") else { return markdown }
        var out = ""
        var backslashes = 0
        for scalar in markdown.unicodeScalars {
            if scalar == "|" && backslashes % 2 == 0 { out += "\\" }
            if scalar == "\n" || scalar == "\r" {
                out += " "
                backslashes = 0
                continue
            }
            backslashes = scalar == "\\" ? backslashes + 1 : 0
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Line breaks, tabs and other control characters become spaces.
    private static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isBreaking) else { return text }
        var out = ""
        for scalar in text.unicodeScalars { out.unicodeScalars.append(isBreaking(scalar) ? " " : scalar) }
        return out
    }

    private static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
            || ConsoleText.isUnsafe(scalar)
    }

    /// The value, or its first `inlineLimit` characters and a marker saying how much was cut.
    private static func cut(_ text: String) -> String {
        guard text.utf8.count > inlineLimit else { return text }
        let count = text.count
        guard count > inlineLimit else { return text }
        return String(text.prefix(inlineLimit)) + " … (\(count - inlineLimit) more characters)"
    }

    /// Digits followed by `.` or `)`: an ordered-list marker at the start of a line.
    private static func isListNumber(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        return index > start && index < scalars.count && (scalars[index] == "." || scalars[index] == ")")
    }

    /// The `.` of `www.`, which GitHub would turn into a link.
    private static func isAfterWWW(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= 3 && scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    /// A `:` in `scheme://`, which GitHub would turn into a link.
    private static func isAutolinkColon(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/"
    }

    static func percent(_ x: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f%%", x * 100)
    }

    static func points(_ x: Double) -> String {
        String(format: "%+.1f pts", x * 100)
    }

    static func signed(_ x: Double, digits: Int = 3) -> String {
        String(format: "%+.\(digits)f", x)
    }
}
