/// A deterministic, model-free scanner for personal data in LLM outputs. It finds candidates
/// by hand-written triggers over the text's Unicode scalars, validates structure and
/// checksums, and returns non-overlapping entities with code-point offsets.
public struct PIIScanner: Sendable {
    /// The types this scanner reports.
    public let types: Set<PIIType>
    /// Which debatable forms count (bare domains, test card numbers, obfuscated addresses).
    public let forms: PIIFormPolicy
    private let detectors: [any PIIDetector]

    /// Creates a scanner for `types` (all types by default) under the form policy `forms`.
    public init(types: Set<PIIType> = Set(PIIType.allCases), forms: PIIFormPolicy = PIIFormPolicy()) {
        self.types = types
        self.forms = forms
        var detectors: [any PIIDetector] = [
            EmailDetector(), URLDetector(reportsBareDomains: forms.bareDomains), PhoneDetector(),
            CreditCardDetector(reportsTestNumbers: forms.testCardNumbers), USSSNDetector(), USITINDetector(),
            IBANDetector(), IPv4Detector(), IPv6Detector(), CryptoWalletDetector(), MACAddressDetector(),
            UKNHSDetector(),
        ]
        if forms.obfuscatedEmails { detectors.append(ObfuscatedEmailDetector()) }
        self.detectors = detectors
    }

    /// The entities in `text`, sorted by start and non-overlapping. Where candidates of
    /// different types overlap, the longer span wins, then the more specific type.
    public func scan(_ text: String) -> [PIIEntity] {
        let scanText = PIIText(text)
        var matches: [PIIMatch] = []
        for detector in detectors {
            detector.detect(in: scanText, into: &matches)
        }
        // Every detector runs and overlaps are resolved before filtering, so a URL still hides
        // the IP inside it when only IP_ADDRESS was requested.
        return PIIOverlapResolver.resolve(matches)
            .filter { types.contains($0.type) }
            .map { PIIEntity(type: $0.type, start: $0.start, end: $0.end) }
    }
}
