/// Flags placeholder strings ("N/A", "unknown", "<customer_name>") anywhere in the answer: a
/// placeholder is a missing value pretending to be one.
public struct PlaceholderScorer: Scorer {
    public static let id = "placeholders"
    public static let metrics = [
        ScorerMetric(id: "placeholder_results", label: "answers with placeholders", tally: .failedResults, position: 40)
    ]
    let placeholders: Placeholders

    public init(list: [String]? = nil) {
        placeholders = Placeholders(list)
    }

    public static func make(for context: ScorerContext) -> PlaceholderScorer? {
        context.output == .json ? PlaceholderScorer(list: context.settings.placeholders) : nil
    }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        guard let parsed = output.parsed.value else { return .unscored(Self.id, "the reply is not JSON") }
        var found: [(String, String)] = []
        collect(parsed, path: "", into: &found)
        if found.isEmpty { return .pass(Self.id) }
        let details: JSONValue = .array(found.map { ["path": .string($0.0), "value": .string($0.1)] })
        return .fail(
            Self.id,
            found.map { "\($0.0): placeholder \(JSONWriter.quoted($0.1)) instead of a value (use null when unknown)" },
            details: details)
    }

    private func collect(_ value: JSONValue, path: String, into found: inout [(String, String)]) {
        switch value {
        case .object(let o):
            for key in o.keys.sorted() {
                collect(o[key] ?? .null, path: path.isEmpty ? key : "\(path).\(key)", into: &found)
            }
        case .array(let items):
            for (i, item) in items.enumerated() { collect(item, path: "\(path).\(i)", into: &found) }
        case .string(let s):
            if placeholders.isPlaceholder(value) { found.append((path.isEmpty ? "/" : path, s)) }
        default:
            break
        }
    }
}
