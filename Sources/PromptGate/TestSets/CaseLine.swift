/// Writes one line of `cases.jsonl` in the documented key order (id, vars, expected, tags, review),
/// for commands that add cases (`import`, `dlq promote`).
enum CaseLine {
    /// The line's JSON text, without the newline. `expected` nil leaves the key out (`.null` writes
    /// it to fill in); empty `tags` are left out; `review` marks a case that awaits a person's review.
    static func text(
        id: String, vars: [String: JSONValue], expected: JSONValue?, tags: [String], review: String? = nil
    ) -> String {
        var parts = ["\"id\": \(JSONWriter.quoted(id))", "\"vars\": \(JSONWriter.canonical(.object(vars)))"]
        if let expected { parts.append("\"expected\": \(JSONWriter.canonical(expected))") }
        if !tags.isEmpty { parts.append("\"tags\": \(JSONWriter.canonical(.array(tags.map(JSONValue.string))))") }
        if let review { parts.append("\"review\": \(JSONWriter.quoted(review))") }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
