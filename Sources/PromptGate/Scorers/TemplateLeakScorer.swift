import Foundation

/// Fails when template syntax survives rendering: an unrendered `{{var}}` or `{var}` of a known
/// variable in the rendered prompt or the reply, or the prompt's template text echoed back.
public struct TemplateLeakScorer: Scorer {
    public static let id = "template_leak"

    public init() {}

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        var reasons: [String] = []
        let names = Set(testCase.vars.keys).union(output.templates.flatMap(\.variables))
        for message in output.request.messages {
            reasons += leaks(in: message.content, names: names).map { "the rendered \(message.role.rawValue) message contains `\($0)`" }
        }
        reasons += leaks(in: output.text, names: names).map { "the reply contains `\($0)`" }
        for template in output.templates {
            if let line = echoedLine(of: template, in: output.text) {
                reasons.append("the reply repeats the prompt's template text: \"\(line)\"")
            }
        }
        return reasons.isEmpty ? .pass(Self.id) : .fail(Self.id, reasons)
    }

    /// `{{anything}}`, and `{name}` / `{ name }` for known variable names.
    func leaks(in text: String, names: Set<String>) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let isDouble = after.first == "{"
            let inner = isDouble ? after.dropFirst() : after
            guard let close = inner.firstIndex(of: "}"), inner.distance(from: inner.startIndex, to: close) <= 64 else {
                rest = after
                continue
            }
            let name = inner[..<close].trimmingCharacters(in: .whitespaces)
            let end = isDouble && inner[close...].hasPrefix("}}") ? inner.index(close, offsetBy: 2) : inner.index(after: close)
            if (isDouble && Template.isValidName(Substring(name))) || names.contains(name) {
                found.append(String(rest[open..<end]))
            }
            rest = rest[end...]
        }
        return found
    }

    /// A long line of the template's literal text that appears verbatim in the reply.
    private func echoedLine(of template: Template, in reply: String) -> String? {
        for segment in template.segments {
            guard case .text(let text) = segment else { continue }
            for line in text.split(separator: "\n") where line.count >= 40 {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.count >= 40, reply.contains(trimmed) { return String(trimmed.prefix(60)) }
            }
        }
        return nil
    }
}
