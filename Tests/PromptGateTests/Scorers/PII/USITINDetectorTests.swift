import Testing

@testable import PromptGate

@Suite("US_ITIN")
struct USITINDetectorTests {
    @Test(arguments: [
        "ITIN: ⟦999-56-9179⟧", "Taxpayer ID (ITIN) ⟦907 65 3134⟧", "Spouse ⟦935-52-1601⟧",
        "group 70: ⟦912-70-1234⟧", "group 88: ⟦912-88-1234⟧", "group 90: ⟦912-90-1234⟧", "group 92: ⟦912-92-1234⟧",
        "group 94: ⟦912-94-1234⟧", "group 99: ⟦912-99-1234⟧", "ITIN ⟦912701234⟧",
    ])
    func findsNumbers(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .usITIN)
        #expect(piiEntities(text, .usITIN) == entities)
        #expect(piiEntities(text, .usSSN).isEmpty, "9xx areas are never SSNs")
    }

    @Test(arguments: [
        "Code 912-34-5678", "Ref 900-89-1234", "Ref 955-93-1234", "Ref 987-00-1234", "Ref 912-49-1234",
        "Ref 912-66-1234", "Ref 912-69-1234", "Order 912701234", "Ref 812-70-1234",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .usITIN).isEmpty)
    }
}
