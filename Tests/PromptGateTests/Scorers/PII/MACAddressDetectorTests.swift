import Testing

@testable import PromptGate

@Suite("MAC_ADDRESS")
struct MACAddressDetectorTests {
    @Test(arguments: [
        "MAC ⟦00:1a:2b:3c:4d:5e⟧", "MAC ⟦3C:22:FB:12:34:56⟧.", "hw ⟦3c-22-fb-12-34-56⟧", "Cisco ⟦001a.2b3c.4d5e⟧",
        "ether ⟦ac:de:48:00:11:22⟧ txqueuelen", "Gerät ⟦AC-DE-48-00-11-22⟧ hat sich angemeldet",
    ])
    func findsAddresses(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .macAddress)
        #expect(piiEntities(text, .macAddress) == entities)
        #expect(piiEntities(text, .ipAddress).isEmpty)
    }

    @Test(arguments: [
        "Time 12:30:45", "Five 00:1a:2b:3c:4d", "Seven 00:1a:2b:3c:4d:5e:6f", "Mixed 00:1a-2b:3c-4d:5e",
        "Not hex 00:1g:2b:3c:4h:5e", "Ratio 16:9:4:3:2:1", "Dotted 001a.2b3c", "Dotted 001a.2b3c.4d5e.6f70",
        "IPv6 fe80:0:0:0:a:b:c:d",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .macAddress).isEmpty)
    }
}
