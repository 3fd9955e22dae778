import Testing

@testable import PromptGate

@Suite("PHONE")
struct PhoneDetectorTests {
    @Test(arguments: [
        // North American
        "Call ⟦(415) 555-0132⟧ now", "⟦415-555-0132⟧", "⟦415.555.0132⟧", "⟦+1 415 555 0132⟧",
        "⟦+1-415-555-0132⟧", "⟦+1 (415) 555-0132⟧", "Toll free ⟦1-800-555-0199⟧", "⟦+14155550132⟧",
        "Toll free: ⟦1 (800) 555-0199⟧", "Call ⟦(212) 555-0147⟧ x204", "phone number: ⟦555-0147⟧",
        // UK, DE, FR and others
        "⟦+44 20 7946 0958⟧", "⟦020 7946 0958⟧", "⟦07700 900123⟧", "⟦+44 (0)20 7946 0958⟧",
        "⟦0800 123 4567⟧ (freephone)", "⟦+49 30 12345678⟧", "⟦030 12345678⟧", "⟦030/12345678⟧",
        "⟦+49 (0)30 1234 5678⟧", "⟦0171 1234567⟧", "⟦089-1234567⟧", "⟦+33 1 23 45 67 89⟧",
        "⟦01 23 45 67 89⟧", "⟦06.12.34.56.78⟧", "Tél : ⟦+33 (0)1 42 68 53 00⟧", "⟦+81 3-1234-5678⟧",
        "⟦03-1234-5678⟧", "⟦+91 98765 43210⟧", "⟦+55 11 91234-5678⟧", "⟦(02) 9876 5432⟧",
        "⟦+86 138 0013 8000⟧", "Tel. ⟦0049 30 1234567⟧", "⟦+7 495 123-45-67⟧",
        // bare digits after a phone keyword, and URI/markup contexts
        "call me on ⟦07700900123⟧", "Phone: ⟦4155550132⟧", "<a href=\"tel:⟦+14155550199⟧\">",
        "T: ⟦212-555-0147⟧ | F: ⟦212-555-0148⟧",
    ])
    func findsNumbers(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .phone)
        #expect(piiEntities(text, .phone) == entities)
    }

    @Test(arguments: [
        "Order ORD-12345678 shipped", "Order #4821937465 is ready", "Due 2024-03-15", "Due 03/15/2024",
        "Termin 15.03.2024", "Termin am 05.03.2024 12:00 Uhr", "Total $1,234.56", "Total €1.234,56",
        "Version 1.2.3", "Windows build v10.0.19041.1", "ISBN 978-3-16-148410-0", "ISBN 0-306-40615-2",
        "id 550e8400-e29b-41d4-a716-446655440000", "at 2024-03-15T10:22:33.123Z", "epoch 1710498153",
        "Timer 00:15:30", "Pages 120-135", "Score 3-1", "1999-2004", "PO 4500012345", "zip 94103-1234",
        "Population 8 336 817", "Build 20240315.1022", "pi 3.14159265358979", "Error 0x80070005",
        "Call 911 now", "Order 212-555-0147 was shipped", "Serial: 0123-4567-89",
        "Lottery numbers 07 14 21 28 35 42", "ISO 2024-03-15T10:22:33+01:00", "Range -40 to +85 °C",
        "USPS 9400 1000 0000 0000 0000 00", "IP 192.168.1.10", "NHS number: 943 476 5919",
        "SSN 078-05-1120", "NL91 ABNA 0417 1643 00", "Coordinates 48.8566, 2.3522",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .phone).isEmpty)
    }
}
