/// Removes personal data from text before it reaches a report, an export or a log line: each
/// finding becomes its type (`[EMAIL]`), unless the user asked to see it (`--show-pii`).
public struct ReportRedactor: Sendable {
    public let showPII: Bool
    let scanner: PIIScanner

    public init(showPII: Bool = false) {
        self.showPII = showPII
        self.scanner = PIIScanner()
    }

    /// The text with every PII finding replaced by its type.
    public func redact(_ text: String) -> String {
        guard !showPII else { return text }
        let entities = scanner.scan(text)
        return entities.isEmpty ? text : PIIRedaction.redact(text, entities: entities)
    }
}
