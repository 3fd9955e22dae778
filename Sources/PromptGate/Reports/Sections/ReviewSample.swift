/// A seeded random sample of prompt/response pairs for a human to read: the same run always gives
/// the same sample, and personal data is redacted.
struct ReviewSample {
    let snapshot: RunSnapshot
    let size: Int
    let seed: UInt64
    let redactor: ReportRedactor

    func markdown() -> String {
        let answered = snapshot.results.filter { $0.outputRaw != nil }
        guard !answered.isEmpty else { return "" }
        var generator = SeededGenerator(seed: seed)
        let picked = answered.shuffled(using: &generator).prefix(size).sorted { $0.caseID < $1.caseID }
        var out = "## Review sample (\(picked.count) of \(answered.count), seed \(seed))\n\n"
        for result in picked {
            out += "<details><summary><code>\(Markdown.html(result.caseID))</code> — \(result.verdict.rawValue)</summary>\n\n"
            out += "**Prompt** (last user message)\n\n" + Markdown.fenced(clip(redactor.redact(userMessage(result))))
            out += "\n**Response**\n\n" + Markdown.fenced(clip(redactor.redact(result.outputRaw ?? "")))
            out += "\n</details>\n\n"
        }
        return out
    }

    private func userMessage(_ result: ResultRecord) -> String {
        guard let json = result.requestJSON, let value = try? JSONParser.parse(json), let messages = value["messages"]?.arrayValue else {
            return "(the request was not stored)"
        }
        return messages.last { $0["role"]?.stringValue == "user" }?["content"]?.stringValue ?? ""
    }

    private func clip(_ text: String, limit: Int = 1200) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "\n… (\(text.count - limit) more characters)"
    }
}
