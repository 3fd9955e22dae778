/// The pairwise judge named in `testset.yaml` under `pairwise:`: `compare`, `gate` and `ci` ask it
/// which of the baseline's and the candidate's answers is better (a JSON field, or the whole reply).
public struct PairwiseUse: Sendable, Equatable {
    /// The judge prompt's name (`prompts/<name>/`, with `verdict: pairwise`).
    public var judge: String
    /// A pinned version; nil for the newest.
    public var version: Int?
    /// The JSON field compared (a dotted path like the `fields:` keys); nil for the whole reply.
    public var field: String?
    /// Line in testset.yaml, for messages.
    public var line: Int

    public init(judge: String, version: Int? = nil, field: String? = nil, line: Int = 0) {
        self.judge = judge
        self.version = version
        self.field = field
        self.line = line
    }

    /// What is compared, for reports: the field's path or `reply`.
    public var target: String { field ?? "reply" }
}

extension PairwiseUse {
    /// Parses the `pairwise:` mapping (`judge`, `version`, `field`); nil when `judge` is missing.
    static func parse(_ entry: inout YAMLMapping, line: Int, into bag: inout DiagnosticBag) -> PairwiseUse? {
        let judge = entry.string("judge", into: &bag)
        let version = entry.int("version", in: 1...1_000_000, into: &bag)
        let field = entry.string("field", into: &bag)
        entry.reportUnknownKeys(into: &bag, allowed: ["judge", "version", "field"])
        guard let judge else {
            bag.append(
                .error(
                    entry.file, line: line,
                    "`pairwise:` needs `judge:`, the name of a prompt with `verdict: pairwise` (docs/judges.md)"))
            return nil
        }
        return PairwiseUse(judge: judge, version: version, field: field, line: line)
    }
}
