import Foundation
import Testing

@testable import PromptGate

@Suite("Scanner")
struct PIIScannerTests {
    private let ticket = """
        Ticket #48213 from jane.doe@example.com (+44 20 7946 0958), card 4111 1111 1111 1111,
        IBAN DE89 3704 0044 0532 0130 00, SSN 334-88-8493, ITIN 912-70-1234, NHS number 943 476 5919,
        login from 203.0.113.42 / 2001:db8::1, see https://example.com/t/48213, wallet
        bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, device 00:1a:2b:3c:4d:5e.
        """

    @Test func findsEveryTypeInOneTicket() {
        let types = piiScanner.scan(ticket).map(\.type)
        #expect(Set(types) == Set(PIIType.allCases))
        #expect(types.count == 12)
    }

    @Test func resultsAreSortedAndDisjoint() {
        let entities = piiScanner.scan(ticket)
        for (a, b) in zip(entities, entities.dropFirst()) {
            #expect(a.end <= b.start)
        }
    }

    @Test(arguments: PIIType.allCases)
    func typeFilterKeepsOnlyRequestedTypes(_ type: PIIType) {
        let entities = PIIScanner(types: [type]).scan(ticket)
        #expect(!entities.isEmpty)
        #expect(entities.allSatisfy { $0.type == type })
        #expect(entities == piiScanner.scan(ticket).filter { $0.type == type })
    }

    @Test func urlHidesItsIPEvenWhenOnlyIPsAreRequested() {
        #expect(PIIScanner(types: [.ipAddress]).scan("open http://192.0.2.1/admin now").isEmpty)
    }

    @Test func emptyAndPlainTextsHaveNoEntities() {
        #expect(piiScanner.scan("").isEmpty)
        #expect(piiScanner.scan("Assistant: I can't share personal data, but here is the FAQ.").isEmpty)
    }

    @Test func entityIsCodable() throws {
        let entity = PIIEntity(type: .creditCard, start: 3, end: 22)
        let data = try JSONEncoder().encode(entity)
        #expect(try JSONDecoder().decode(PIIEntity.self, from: data) == entity)
        #expect(String(decoding: data, as: UTF8.self).contains("\"CREDIT_CARD\""))
    }
}
