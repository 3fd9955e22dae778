import Testing

@testable import PromptGate

@Suite("US_SSN")
struct USSSNDetectorTests {
    @Test(arguments: [
        "Applicant SSN: ⟦334-88-8493⟧", "my social is ⟦544 72 7906⟧", "W-2 employee ⟦001-01-0001⟧ wages",
        "ssn=⟦899-99-9999⟧", "SSN ⟦334888493⟧", "SSN:⟦544727906⟧", "Social Security Number: ⟦665123456⟧",
        "SSN#⟦667010001⟧ on file", "Número de seguro social ⟦334-88-8493⟧",
    ])
    func findsNumbers(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .usSSN)
        #expect(piiEntities(text, .usSSN) == entities)
    }

    @Test(arguments: [
        "Reference 000-12-3456", "Example 666-45-1234", "Area 900-12-3456", "Area 999-45-1234",
        "Group 123-00-4567", "Serial 123-45-0000", "Ticket #482193756 is open", "Order 334888493 shipped",
        "Routing number 021000021", "zip 94103-1234", "Call 312-456-7890", "Part 123-45-67890",
        "Mixed 123-45 6789", "Date 2024-03-15",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .usSSN).isEmpty)
    }
}
