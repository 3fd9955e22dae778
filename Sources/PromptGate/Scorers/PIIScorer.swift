/// Fails a case whose answer holds personal data where the test set does not allow it (e.g. an
/// e-mail address in `summary`). Findings keep type, JSON path and offsets — never the value.
public struct PIIScorer: Scorer {
    public static let id = "pii"
    /// Personal data outside allowed fields (input echoes count too).
    public static let findingsMetric = ScorerMetric(
        id: "pii_findings", label: "PII findings (outside allowed fields)", tally: .findings, position: 30)
    public static let metrics = [findingsMetric]
    /// `gate: max_pii_findings` caps the findings of this scorer and of `input_echo`.
    public static let gateRule: ScorerGateRule? = ScorerGateRule(
        rule: "pii", limit: "max_pii_findings", check: .maximumFindings, noun: "PII finding",
        qualifier: " outside allowed fields",
        none: "no personal data outside allowed fields", position: 20)
    let policy: PIIPolicy
    let scanner: PIIScanner

    public init(policy: PIIPolicy) {
        self.policy = policy
        self.scanner = PIIScanner(forms: policy.forms)
    }

    public static func make(for context: ScorerContext) -> PIIScorer? { PIIScorer(policy: context.settings.pii) }

    public func score(_ output: ModelOutput, for testCase: TestCase) -> Score {
        let findings = self.findings(inReply: output.text, parsed: output.parsed.value, output: output.request.output)
        if findings.isEmpty { return .pass(Self.id) }
        let details: JSONValue = .array(
            findings.map {
                [
                    "type": .string($0.type.rawValue), "path": .string($0.path), "start": .number(Double($0.start)),
                    "end": .number(Double($0.end)),
                ]
            })
        let reasons = findings.map {
            "\($0.path): \($0.type.rawValue) at characters \($0.start)-\($0.end) (not allowed in this field)"
        }
        return .fail(Self.id, reasons, details: details)
    }

    /// PII in a reply: per field when it parsed as JSON; in the raw text otherwise (allowing what the
    /// policy allows in any field, since an unparseable reply cannot be split into fields).
    public func findings(inReply text: String, parsed: JSONValue?, output: OutputMode) -> [PIIFinding] {
        if let parsed { return findings(in: parsed) }
        return output == .json ? rawFindings(text) : findings(in: .string(text))
    }

    /// PII in every string of `value` that its field's policy does not allow.
    public func findings(in value: JSONValue) -> [PIIFinding] {
        var out: [PIIFinding] = []
        walk(value, path: "", into: &out)
        return out
    }

    private func rawFindings(_ text: String) -> [PIIFinding] {
        let allowedAnywhere = policy.allowed.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        return scanner.scan(text).filter { !allowedAnywhere.contains($0.type.rawValue) }.map {
            PIIFinding(type: $0.type, path: "/", start: $0.start, end: $0.end)
        }
    }

    private func walk(_ value: JSONValue, path: String, into out: inout [PIIFinding]) {
        switch value {
        case .string(let text):
            let key = path.isEmpty ? "/" : path
            let allowed = policy.allowed[key] ?? []
            for entity in scanner.scan(text) where !allowed.contains(entity.type.rawValue) {
                out.append(PIIFinding(type: entity.type, path: key, start: entity.start, end: entity.end))
            }
        case .object(let o):
            for k in o.keys.sorted() { walk(o[k] ?? .null, path: path.isEmpty ? k : "\(path).\(k)", into: &out) }
        case .array(let items):
            for (i, item) in items.enumerated() { walk(item, path: path.isEmpty ? "\(i)" : "\(path).\(i)", into: &out) }
        default:
            break
        }
    }
}

/// One piece of personal data found in an answer: its type, where, and its code-point offsets.
public struct PIIFinding: Sendable, Equatable {
    public let type: PIIType
    public let path: String
    public let start: Int
    public let end: Int
}
