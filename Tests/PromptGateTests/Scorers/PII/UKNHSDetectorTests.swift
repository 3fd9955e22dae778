import Testing

@testable import PromptGate

@Suite("UK_NHS")
struct UKNHSDetectorTests {
    @Test(arguments: [
        "NHS number: ⟦943 476 5919⟧", "NHS No. ⟦9434765919⟧", "nhs_number=⟦943-476-5919⟧", "NHS: ⟦634 839 5480⟧",
        "Patient's NHS number is ⟦582 880 7293⟧", "🇬🇧 NHS number: ⟦4222791806⟧ ✅", "NHS-Nummer ⟦943-476-5919⟧",
    ])
    func findsNumbers(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .ukNHS)
        #expect(piiEntities(text, .ukNHS) == entities)
        #expect(piiEntities(text, .phone).isEmpty)
    }

    @Test(arguments: [
        "NHS number: 943 476 5918 (wrong check digit)", "NHS number 9434765910",
        "NHS number 123 456 7890 (check digit would be 10)", "Order no. 9434765919 was dispatched",
        "Call 943 476 5919 about your order", "NHS 111 gives advice", "NHS number 943 476 59190",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .ukNHS).isEmpty)
    }

    @Test func checkDigitTenIsNeverValid() {
        // 123456789: 1*10+2*9+...+9*2 = 210; 210 % 11 = 1; 11 - 1 = 10 -> no valid check digit.
        for last in 0...9 {
            #expect(!UKNHSDetector.isValid([1, 2, 3, 4, 5, 6, 7, 8, 9, last]))
        }
    }
}
