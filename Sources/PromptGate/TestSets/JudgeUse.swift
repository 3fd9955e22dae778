/// A judge named in `testset.yaml` under `judges:`: which judge prompt scores which part of every
/// answer (a JSON field, or the whole reply of an `output: text` prompt), and what passes.
public struct JudgeUse: Sendable, Equatable {
    /// The judge prompt's name (`prompts/<name>/`).
    public var name: String
    /// A pinned version; nil for the newest.
    public var version: Int?
    /// The JSON field judged (a dotted path like the `fields:` keys); nil for the whole reply.
    public var field: String?
    /// For a 1–5 judge: the lowest passing score.
    public var threshold: Int?
    /// Line in testset.yaml, for messages.
    public var line: Int

    public init(name: String, version: Int? = nil, field: String? = nil, threshold: Int? = nil, line: Int = 0) {
        self.name = name
        self.version = version
        self.field = field
        self.threshold = threshold
        self.line = line
    }

    /// What is judged, for reports: the field's path or `reply`.
    public var target: String { field ?? "reply" }
}

extension JudgeUse {
    /// Parses the `judges:` mapping (judge name -> `field`, `version`, `threshold`).
    static func parseAll(_ judges: inout YAMLMapping, path: String, into bag: inout DiagnosticBag) -> [JudgeUse] {
        var uses: [JudgeUse] = []
        for name in judges.keys {
            let line = judges.lineOf(name)
            guard var entry = judges.mapping(name, into: &bag) else { continue }
            var use = JudgeUse(name: name, line: line)
            use.field = entry.string("field", into: &bag)
            use.version = entry.int("version", in: 1...1_000_000, into: &bag)
            use.threshold = entry.int("threshold", in: 1...5, into: &bag)
            entry.reportUnknownKeys(into: &bag, allowed: ["field", "version", "threshold"])
            uses.append(use)
        }
        return uses
    }
}
