import Testing

@testable import PromptGate

@Suite("Redaction")
struct RedactionTests {
    @Test func replacesEachSpanWithItsType() {
        let text = "Grüße 👋 jean@exemple.fr, tel +33 1 23 45 67 89, card 4111 1111 1111 1111, ip 10.0.0.1."
        let redacted = PIIRedaction.redact(text, entities: piiScanner.scan(text))
        #expect(redacted == "Grüße 👋 [EMAIL], tel [PHONE], card [CREDIT_CARD], ip [IP_ADDRESS].")
    }

    @Test(arguments: PIIType.allCases)
    func placeholderUsesRawValue(_ type: PIIType) {
        let redacted = PIIRedaction.redact("ab", entities: [PIIEntity(type: type, start: 0, end: 1)])
        #expect(redacted == "[\(type.rawValue)]b")
    }

    @Test func ignoresOverlappingAndOutOfRangeSpans() {
        let entities = [
            PIIEntity(type: .email, start: 4, end: 8), PIIEntity(type: .url, start: 0, end: 2),
            PIIEntity(type: .phone, start: 6, end: 9), PIIEntity(type: .iban, start: 9, end: 99),
        ]
        #expect(PIIRedaction.redact("0123456789", entities: entities) == "[URL]23[EMAIL]89")
    }

    @Test func noEntitiesLeavesTextUnchanged() {
        #expect(PIIRedaction.redact("Café ☕️", entities: []) == "Café ☕️")
    }
}
