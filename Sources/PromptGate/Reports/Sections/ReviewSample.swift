/// A seeded random sample of prompt/response pairs for a human to read: the same run always gives
/// the same sample, and personal data is redacted.
struct ReviewSample {
    let snapshot: RunSnapshot
    let size: Int
    let seed: UInt64
    let redactor: ReportRedactor

    /// How many pairs a report shows.
    static let defaultSize = 5

    /// The results a sample of `size` shows: seeded, so the same run always gives the same sample.
    static func pick<Results: RandomAccessCollection<ResultRecord>>(
        from results: Results, size: Int, seed: UInt64
    ) -> [ResultRecord] where Results.Index == Int {
        var generator = SeededGenerator(seed: seed)
        // Shuffling positions, not the records, gives the same order without copying the run.
        let answered = results.indices.filter { results[$0].verdict != .error }
        return answered.shuffled(using: &generator).prefix(size).map { results[$0] }.sorted { $0.caseID < $1.caseID }
    }

    func markdown() -> String {
        let answered = snapshot.results.count(where: { $0.verdict != .error })
        let picked = ReviewSample.pick(from: snapshot.results, size: size, seed: seed)
        guard !picked.isEmpty else { return "" }
        var out = "## Review sample (\(picked.count) of \(answered), seed \(seed))\n\n"
        for result in picked {
            out +=
                "<details><summary><code>\(Markdown.html(result.caseID))</code> — \(result.verdict.rawValue)</summary>\n\n"
            out += "**Prompt** (last user message)\n\n" + Markdown.fenced(clip(redactor.redact(userMessage(result))))
            out +=
                "\n**Response**\n\n"
                + Markdown.fenced(clip(redactor.redact(sample(result)?.output ?? result.outputRaw ?? "")))
            out += "\n</details>\n\n"
        }
        return out
    }

    private func userMessage(_ result: ResultRecord) -> String {
        guard let json = sample(result)?.request ?? result.requestJSON, let value = try? JSONParser.parse(json),
            let messages = value["messages"]?.arrayValue
        else {
            return "(the request was not stored)"
        }
        return messages.last { $0["role"]?.stringValue == "user" }?["content"]?.stringValue ?? ""
    }

    private func sample(_ result: ResultRecord) -> RunSnapshot.SampleText? {
        result.id.flatMap { snapshot.samples[$0] }
    }

    private func clip(_ text: String, limit: Int = 1200) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "\n… (\(text.count - limit) more characters)"
    }
}
