/// Parses `cases.jsonl`: one case object per line, ids required and unique, expected outputs
/// valid against the test set's schema.
enum CaseFileParser {
    static let allowedKeys: Set<String> = ["id", "vars", "expected", "tags", "review"]

    static func parse(_ text: String, path: String, schema: JSONSchema?, into bag: inout DiagnosticBag) -> CaseList {
        var cases = CaseList.Builder()
        cases.reserveCapacity(bytes: text.utf8.count)
        var firstLineOfID: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            if rawLine.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let value: JSONValue
            do {
                value = try JSONParser.parse(String(rawLine))
            } catch {
                bag.append(
                    .error(
                        path, line: lineNumber,
                        "not valid JSON: \(error.message) (column \(error.column)); each line must be one JSON object"))
                continue
            }
            guard case .object(let object) = value else {
                bag.append(
                    .error(
                        path, line: lineNumber,
                        "each line must be a JSON object with `id`, `vars` and `expected`, got \(value.typeName)"))
                continue
            }
            guard let testCase = parseCase(object, path: path, line: lineNumber, schema: schema, into: &bag) else {
                continue
            }
            if let first = firstLineOfID[testCase.id] {
                bag.append(
                    .error(
                        path, line: lineNumber, caseID: testCase.id,
                        "duplicate case id (first used on line \(first)); ids must be unique"))
                continue
            }
            firstLineOfID[testCase.id] = lineNumber
            cases.append(id: testCase.id, tags: testCase.tags, line: lineNumber, text: rawLine.utf8)
        }
        return cases.build()
    }

    private static func parseCase(
        _ object: [String: JSONValue], path: String, line: Int, schema: JSONSchema?, into bag: inout DiagnosticBag
    ) -> TestCase? {
        guard let idValue = object["id"] else {
            bag.append(.error(path, line: line, "missing `id`; every case needs a unique string id"))
            return nil
        }
        guard case .string(let id) = idValue, !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            bag.append(.error(path, line: line, "`id` must be a non-empty string, got \(idValue.typeName)"))
            return nil
        }
        var ok = true
        for key in object.keys.sorted() where !allowedKeys.contains(key) {
            bag.append(
                .error(
                    path, line: line, caseID: id, "unknown key `\(key)`; a case has id, vars, expected, tags and review"
                ))
            ok = false
        }
        var vars: [String: JSONValue] = [:]
        switch object["vars"] {
        case .object(let v)?: vars = v
        case nil:
            bag.append(.error(path, line: line, caseID: id, "missing `vars`: the template variables as an object"))
            ok = false
        case let other?:
            bag.append(.error(path, line: line, caseID: id, "`vars` must be an object, got \(other.typeName)"))
            ok = false
        }
        var tags: [String] = []
        if let tagValue = object["tags"] {
            if case .array(let items) = tagValue, let strings = Optional(items.compactMap(\.stringValue)),
                strings.count == items.count
            {
                tags = strings
            } else {
                bag.append(.error(path, line: line, caseID: id, "`tags` must be a list of strings"))
                ok = false
            }
        }
        if let review = object["review"] {
            // A promoted dead letter: its expected output is not written yet, so it is not checked.
            bag.append(
                .error(
                    path, line: line, caseID: id,
                    "the case awaits review (\(review.stringValue ?? JSONWriter.canonical(review))); fill in `expected` with the correct output, then delete `review`"
                ))
            return nil
        }
        let expected = object["expected"]
        if let expected, let schema {
            for violation in schema.validate(expected).prefix(5) {
                bag.append(
                    .error(path, line: line, caseID: id, "expected output does not match schema.json: \(violation)"))
                ok = false
            }
        }
        return ok ? TestCase(id: id, vars: vars, expected: expected, tags: tags, line: line) : nil
    }
}
