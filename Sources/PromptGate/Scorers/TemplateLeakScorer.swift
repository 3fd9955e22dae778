import Foundation

/// Fails when template syntax survives rendering: an unrendered `{{var}}` or `{var}` of a known
/// variable in the rendered prompt or the reply, or the prompt's template text echoed back.
public struct TemplateLeakScorer: Scorer {
    public static let id = "template_leak"
    /// Answers whose template leaked; `gate: max_template_leaks` is their ceiling.
    public static let leaks = ScorerMetric(
        id: "template_leaks", label: "template leaks", tally: .failedResults, position: 60)
    public static let metrics = [leaks]
    public static let gateRule: ScorerGateRule? = ScorerGateRule(
        rule: "template_leaks", limit: "max_template_leaks", check: .maximumResults, noun: "template leak",
        none: "no template leaks", position: 30)

    public init() {}

    public static func make(for context: ScorerContext) -> TemplateLeakScorer? { TemplateLeakScorer() }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        var reasons: [String] = []
        let names = Set(testCase.vars.keys).union(output.templates.flatMap(\.variables))
        for message in output.request.messages {
            reasons += leaks(in: message.content, names: names).map {
                "the rendered \(message.role.rawValue) message contains `\($0)`"
            }
        }
        reasons += leaks(in: output.text, names: names).map { "the reply contains `\($0)`" }
        for template in output.templates {
            if let line = echoedLine(of: template, in: output.text) {
                reasons.append("the reply repeats the prompt's template text: \"\(line)\"")
            }
        }
        return reasons.isEmpty ? .pass(Self.id) : .fail(Self.id, reasons)
    }

    /// The longest text between braces that can be a placeholder.
    static let maxPlaceholderLength = 64

    /// `{{anything}}`, and `{name}` / `{ name }` for known variable names. Linear in the text: the
    /// next `}` after every position is computed once, so a reply of a million `{` is one pass, not
    /// a search to the end of the text for each of them.
    func leaks(in text: String, names: Set<String>) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var nextClose = [Int](repeating: scalars.count, count: scalars.count + 1)
        for i in scalars.indices.reversed() { nextClose[i] = scalars[i] == "}" ? i : nextClose[i + 1] }
        var found: [String] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "{" else {
                i += 1
                continue
            }
            let isDouble = i + 1 < scalars.count && scalars[i + 1] == "{"
            let innerStart = min(isDouble ? i + 2 : i + 1, scalars.count)
            let close = nextClose[innerStart]
            guard close < scalars.count, close - innerStart <= Self.maxPlaceholderLength else {
                i += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[innerStart..<close])).trimmingCharacters(
                in: .whitespaces)
            let end = isDouble && close + 1 < scalars.count && scalars[close + 1] == "}" ? close + 2 : close + 1
            if (isDouble && Template.isValidName(Substring(name))) || names.contains(name) {
                found.append(String(String.UnicodeScalarView(scalars[i..<end])))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// Whether `needle` occurs in `haystack`, by Knuth-Morris-Pratt over UTF-8 bytes: linear in both,
    /// whatever the texts (a character-by-character search can be quadratic on repetitive replies).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        var failure = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in pattern.indices.dropFirst() {
            while k > 0 && pattern[i] != pattern[k] { k = failure[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            failure[i] = k
        }
        var matched = 0
        for byte in haystack.utf8 {
            while matched > 0 && byte != pattern[matched] { matched = failure[matched - 1] }
            if byte == pattern[matched] { matched += 1 }
            if matched == pattern.count { return true }
        }
        return false
    }

    /// A long line of the template's literal text that appears verbatim in the reply.
    private func echoedLine(of template: Template, in reply: String) -> String? {
        for segment in template.segments {
            guard case .text(let text) = segment else { continue }
            for line in text.split(separator: "\n") where line.count >= 40 {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.count >= 40, Self.contains(reply, trimmed) { return String(trimmed.prefix(60)) }
            }
        }
        return nil
    }
}
