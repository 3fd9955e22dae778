/// `check`'s warnings about personal data committed to the repository: in test-set inputs (unless
/// the test set declares them synthetic) and in recordings, outside the fields that allow it.
enum PIIDataCheck {
    /// At most this many warnings per file; the rest are counted.
    static let maxPerFile = 10

    static func inputs(_ set: TestSet) -> [Diagnostic] {
        guard !set.settings.pii.inputsSynthetic else { return [] }
        let scanner = PIIScanner()
        let file = "\(set.path)/cases.jsonl"
        var out: [Diagnostic] = []
        var total = 0
        for testCase in set.cases {
            for name in testCase.vars.keys.sorted() {
                guard case .string(let text)? = testCase.vars[name] else { continue }
                let types = Set(scanner.scan(text).map(\.type.rawValue)).sorted()
                guard !types.isEmpty else { continue }
                total += 1
                if out.count < maxPerFile {
                    out.append(
                        .warning(
                            file, line: testCase.line, caseID: testCase.id,
                            "vars.\(name) holds personal data (\(types.joined(separator: ", "))); commit only synthetic data, and say so with `pii: { inputs_synthetic: true }` in testset.yaml"
                        ))
                }
            }
        }
        if total > maxPerFile { out.append(.warning(file, "… personal data in \(total - maxPerFile) more inputs")) }
        return out
    }

    /// Warnings for recordings of `reference` (`prompt@vN`) holding personal data outside allowed
    /// fields, except in the cases the test set declares intended; a declared case whose recording
    /// holds none is reported too, so the declaration cannot go stale.
    static func recordings(
        _ file: RecordingIndex, reference: String, policy: PIIPolicy, output: OutputMode
    ) -> [Diagnostic] {
        let scorer = PIIScorer(policy: policy)
        let intended = policy.intendedInRecordings[reference] ?? []
        var unused = intended
        var out: [Diagnostic] = []
        var total = 0
        for key in file.keysInFileOrder {
            guard let recording = try? file.recording(for: key) else { continue }
            let text = recording.response.text
            let findings = scorer.findings(
                inReply: text, parsed: output == .json ? OutputParser.parse(text).value : nil, output: output)
            guard !findings.isEmpty else { continue }
            if intended.contains(key.caseID) {
                unused.remove(key.caseID)
                continue
            }
            total += 1
            if out.count < maxPerFile {
                let where_ = findings.map { "\($0.type.rawValue) in \($0.path)" }.joined(separator: ", ")
                out.append(
                    .warning(
                        file.path, line: file.line(of: key), caseID: key.caseID,
                        "recorded output holds personal data outside allowed fields (\(where_)); make sure recordings hold no real customer data"
                    ))
            }
        }
        if total > maxPerFile {
            out.append(.warning(file.path, "… personal data in \(total - maxPerFile) more recordings"))
        }
        for caseID in unused.sorted() {
            out.append(
                .warning(
                    file.path, caseID: caseID,
                    "testset.yaml declares personal data in this recording intended (`pii: intended_in_recordings: \(reference)`), but it holds none; remove the case from the list"
                ))
        }
        return out
    }
}
