import Foundation

/// Small builders for GitHub-flavoured Markdown, so every report escapes the same way.
enum Markdown {
    /// A table; cells are escaped (pipes, newlines).
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

    /// Escapes text for a table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Inline code that survives backticks in the text.
    static func code(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\n", with: " ")
        return clean.contains("`") ? "`` \(clean) ``" : "`\(clean)`"
    }

    /// Escapes text for HTML contexts (inside `<summary>` and `<details>`).
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A fenced code block whose fence is longer than any backtick run inside.
    static func fenced(_ text: String, language: String = "") -> String {
        var fence = "```"
        while text.contains(fence) { fence += "`" }
        return "\(fence)\(language)\n\(text)\n\(fence)\n"
    }

    static func percent(_ x: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f%%", x * 100)
    }

    static func points(_ x: Double) -> String {
        String(format: "%+.1f pts", x * 100)
    }

    static func money(_ x: Double) -> String {
        x == 0 ? "$0" : (x < 0.01 ? String(format: "$%.5f", x) : String(format: "$%.4f", x))
    }

    static func signed(_ x: Double, digits: Int = 3) -> String {
        String(format: "%+.\(digits)f", x)
    }
}
