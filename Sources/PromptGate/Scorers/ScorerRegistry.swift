/// Every scorer promptgate ships, one line each, in the order they score a case (which is the
/// order their scores are stored and their reasons listed).
public enum ScorerRegistry {
    public static let all: [any Scorer.Type] = [
        SchemaScorer.self,
        TruncationScorer.self,
        TemplateLeakScorer.self,
        PIIScorer.self,
        InputEchoScorer.self,
        FieldScorer.self,
        PlaceholderScorer.self,
        ConfidenceScorer.self,
        TextScorer.self,
        JudgeScorer.self,
    ]

    /// The ids of every scorer that can score, including the refusal finding.
    public static var ids: [String] { [RefusalFinding.id] + all.map { $0.id } }

    /// Every declared metric once (the first declaration of an id wins), in summary-table order.
    public static let metrics: [ScorerMetric] = {
        var seen: Set<String> = []
        let declared = all.flatMap { $0.metrics }.filter { seen.insert($0.id).inserted }
        return declared.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(
            \.element)
    }()

    /// The gate rules the scorers contribute, once each in registry order, with the scorers
    /// counted towards each.
    public static let gateRules: [(rule: ScorerGateRule, scorers: Set<String>)] = {
        var rules: [(rule: ScorerGateRule, scorers: Set<String>)] = []
        for scorer in all {
            guard let rule = scorer.gateRule else { continue }
            if let i = rules.firstIndex(where: { $0.rule.rule == rule.rule }) {
                rules[i].scorers.insert(scorer.id)
            } else {
                rules.append((rule, [scorer.id]))
            }
        }
        return rules.enumerated().sorted {
            ($0.element.rule.position, $0.offset) < ($1.element.rule.position, $1.offset)
        }.map(\.element)
    }()

    /// The ids of the scorers that feed `metric`.
    public static func scorers(feeding metric: String) -> Set<String> {
        Set(all.filter { $0.metrics.contains { $0.id == metric } }.map { $0.id })
    }

    /// How `id` is hard: the refusal finding always, an unknown id as configured (default hard).
    static func hardness(of id: String) -> ScorerHardness {
        hardnessByID[id] ?? .configurable(default: true)
    }

    private static let hardnessByID: [String: ScorerHardness] =
        Dictionary(
            all.map { ($0.id, $0.hardness) } + [(RefusalFinding.id, RefusalFinding.hardness)],
            uniquingKeysWith: { first, _ in first })
}
