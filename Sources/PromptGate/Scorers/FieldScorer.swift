/// Per-field accuracy: each expected field compared with its matcher, weighted. Expected `null`
/// means absent or null; a placeholder there, or where a value was expected, is wrong.
public struct FieldScorer: Scorer {
    public static let id = "fields"
    /// The weight-share of compared fields that matched (the `text` checks count too).
    public static let accuracy = ScorerMetric(
        id: "field_accuracy", label: "field accuracy", tally: .fieldShare, position: 20)
    public static let metrics = [accuracy]
    let settings: TestSetSettings
    let placeholders: Placeholders

    public init(settings: TestSetSettings) {
        self.settings = settings
        self.placeholders = Placeholders(settings.placeholders)
    }

    public static func make(for context: ScorerContext) -> FieldScorer? {
        context.output == .json ? FieldScorer(settings: context.settings) : nil
    }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        guard let expected = testCase.expected else { return .unscored(Self.id, "the case has no expected output") }
        guard let actual = output.parsed.value else {
            return .unscored(Self.id, "the reply is not JSON, so no field can be compared")
        }
        let outcomes = fieldPaths(expected).map { outcome(path: $0, expected: expected, actual: actual) }
        let scored = outcomes.filter { $0.status != .ignored }
        let total = scored.reduce(0) { $0 + $1.weight }
        let matched = scored.filter { $0.status == .match }.reduce(0) { $0 + $1.weight }
        let value = total > 0 ? matched / total : 1
        let reasons = scored.filter { $0.status != .match }.map(Self.reason)
        return Score(
            scorer: Self.id, status: reasons.isEmpty ? .pass : .fail, value: value, reasons: reasons, fields: outcomes)
    }

    /// The fields to compare: configured rules first (file order), then the expected object's
    /// other top-level keys.
    func fieldPaths(_ expected: JSONValue) -> [String] {
        var paths = settings.fields.map(\.path)
        let known = Set(paths)
        paths += (expected.objectValue?.keys.sorted() ?? []).filter { !known.contains($0) }
        return paths
    }

    func outcome(path: String, expected: JSONValue, actual: JSONValue) -> FieldOutcome {
        let rule = settings.rule(for: path) ?? FieldRule(path: path, match: .exact)
        return Self.outcome(
            rule, expected: FieldPath.value(at: path, in: expected),
            actual: FieldPath.value(at: path, in: actual), placeholders: placeholders)
    }

    /// Compares one value with its expected value (nil: absent) under `rule`; shared with the
    /// free-text checks of `TextScorer`.
    static func outcome(
        _ rule: FieldRule, expected e: JSONValue?, actual a: JSONValue?, placeholders: Placeholders
    ) -> FieldOutcome {
        func make(_ status: FieldOutcome.Status, _ note: String? = nil) -> FieldOutcome {
            FieldOutcome(
                path: rule.path, status: status, expected: e, actual: a, weight: rule.weight, matcher: rule.match.name,
                note: note)
        }
        if case .ignore = rule.match { return make(.ignored) }
        let actualIsPlaceholder = a.map(placeholders.isPlaceholder) ?? false
        let actualPresent = a.map { !$0.isNull } ?? false
        let expectedPresent = e.map { !$0.isNull } ?? false
        if case .reference(let check) = rule.match, !check.needsExpected, e == nil {
            // A check that needs no reference judges whatever the reply holds.
            guard let a, actualPresent else {
                return make(.missing, a == nil ? "field absent" : "null where a value was expected")
            }
            if actualIsPlaceholder { return make(.missing, "placeholder instead of a value") }
            guard let text = FieldMatcher.text(a) else { return make(.mismatch, "not text") }
            let judged = check.judge(text, expected: nil)
            return judged.passed ? make(.match) : make(.mismatch, judged.note)
        }
        switch (expectedPresent, actualPresent) {
        case (false, false): return make(.match)
        case (false, true):
            return make(
                .unexpected,
                actualIsPlaceholder ? "placeholder where null was expected" : "a value where null was expected")
        case (true, false): return make(.missing, a == nil ? "field absent" : "null where a value was expected")
        case (true, true):
            guard let a, let e else { return make(.missing) }
            if actualIsPlaceholder && !placeholders.isPlaceholder(e) {
                return make(.missing, "placeholder instead of a value")
            }
            if case .reference(let check) = rule.match {
                guard let text = FieldMatcher.text(a) else { return make(.mismatch, "not text") }
                let judged = check.judge(text, expected: e)
                return judged.passed ? make(.match) : make(.mismatch, judged.note)
            }
            return FieldMatcher.matches(a, e, by: rule.match) ? make(.match) : make(.mismatch)
        }
    }

    static func reason(_ o: FieldOutcome) -> String {
        let e = o.expected.map(JSONWriter.canonical) ?? "absent"
        let a = o.actual.map(JSONWriter.canonical) ?? "absent"
        let note = o.note.map { " (\($0))" } ?? ""
        return "\(o.path): expected \(e), got \(a) [\(o.matcher)]\(note)"
    }
}
