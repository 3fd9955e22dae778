import Testing

@testable import PromptGate

@Suite("IBAN")
struct IBANDetectorTests {
    @Test(arguments: [
        "IBAN ⟦DE89 3704 0044 0532 0130 00⟧.", "IBAN ⟦DE89370400440532013000⟧", "⟦GB82 WEST 1234 5698 7654 32⟧",
        "⟦GB95 UCWI 8525 3888 5393 36⟧", "⟦FR64 3387 5004 7439 5755 1313 735⟧", "⟦NL79 GPTT 0751 1637 26⟧",
        "⟦CH55 5167 65AA 819T 9UM9 Z⟧", "⟦NO19 8200 1826 330⟧", "iban: ⟦de89 3704 0044 0532 0130 00⟧",
        "IBAN: ⟦DE89 3704 0044 0532 0130 00⟧ BIC COBADEFFXXX", "Ζήτησα επιστροφή στο IBAN ⟦DE89370400440532013000⟧.",
    ])
    func findsIBANs(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .iban)
        #expect(piiEntities(text, .iban) == entities)
        #expect(piiEntities(text, .phone).isEmpty)
    }

    @Test(arguments: [
        "IBAN DE89 3704 0044 0532 0130 01 (bad check)", "IBAN DE88370400440532013000",
        "IBAN DE89 3704 0044 0532 0130 0 (short)", "XX89 3704 0044 0532 0130 00", "BIC DEUTDEFFXXX",
        "Code DE12", "Mixed case De89370400440532013000", "GB82 WEST 1234 5698 7654 3 2",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .iban).isEmpty)
    }

    @Test func mod97OfKnownIBANIsOne() {
        #expect(IBANDetector.mod97(Array("GB82WEST12345698765432".unicodeScalars.map(\.value))) == 1)
    }
}
