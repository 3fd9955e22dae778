/// One human-labelled example for calibrating a judge: the text it grades (`output`), the case's
/// variables and reference, and the verdict a person gave.
public struct CalibrationLabel: Sendable, Equatable {
    public let id: String
    public let vars: [String: JSONValue]
    public let output: String
    public let expected: String?
    /// pass 1 / fail 0, or 1–5, as the judge's scale has it.
    public let label: Int
    public let line: Int
}

/// Reads a labels file (JSONL, one `{"id", "vars", "output", "expected", "label"}` a line); every
/// bad line is an error naming the file, the line and what to write.
package enum CalibrationLabels {
    static let maxListedErrors = 20

    package static func parse(
        _ text: String, display: String, scale: JudgeScale
    ) throws(InputError) -> [CalibrationLabel] {
        var labels: [CalibrationLabel] = []
        var errors: [Diagnostic] = []
        var seen: Set<String> = []
        let expectedLabel = scale == .passFail ? "\"pass\" or \"fail\"" : "a whole number from 1 to 5"
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            guard !raw.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            func fail(_ message: String) { errors.append(.error(display, line: line, message)) }
            guard case .object(let o)? = try? JSONParser.parse(String(raw)) else {
                fail("each line must be a JSON object {\"id\", \"vars\", \"output\", \"expected\", \"label\"}")
                continue
            }
            guard case .string(let id)? = o["id"], !id.isEmpty else { fail("missing string `id`"); continue }
            guard seen.insert(id).inserted else { fail("duplicate id `\(id)`; ids must be unique"); continue }
            guard case .string(let output)? = o["output"] else {
                fail("`output` (the text the judge grades) must be a string"); continue
            }
            var vars: [String: JSONValue] = [:]
            if let value = o["vars"] {
                guard case .object(let v) = value else { fail("`vars` must be an object of variables"); continue }
                vars = v
            }
            var expected: String?
            if let value = o["expected"], value != .null { expected = JudgePlan.text(value) }
            guard let label = scale.value(of: o["label"]) else {
                fail(
                    "`label` must be \(expectedLabel) (this judge has `verdict: \(scale.rawValue)`); got \(o["label"].map(JSONWriter.canonical) ?? "none")"
                )
                continue
            }
            let unknown = Set(o.keys).subtracting(["id", "vars", "output", "expected", "label", "note"])
            if !unknown.isEmpty {
                fail(
                    "unknown key\(unknown.count == 1 ? "" : "s") \(unknown.sorted().map { "`\($0)`" }.joined(separator: ", ")); a line holds id, vars, output, expected, label and an optional note"
                ); continue
            }
            labels.append(
                CalibrationLabel(id: id, vars: vars, output: output, expected: expected, label: label, line: line))
        }
        if labels.isEmpty && errors.isEmpty {
            errors.append(.error(display, "the labels file holds no examples; write one JSON object a line"))
        }
        guard errors.isEmpty else {
            var listed = Array(errors.prefix(maxListedErrors))
            if errors.count > maxListedErrors {
                listed.append(.error(display, "… and \(errors.count - maxListedErrors) more errors"))
            }
            throw InputError(listed)
        }
        return labels
    }
}
