import Testing

@testable import PromptGate

@Suite("IP_ADDRESS")
struct IPAddressDetectorTests {
    @Test(arguments: [
        "from ⟦203.0.113.42⟧ port 22", "⟦127.0.0.1⟧", "⟦0.0.0.0⟧", "mask ⟦255.255.255.0⟧", "route ⟦10.0.0.0⟧/8",
        "host=⟦192.0.2.10⟧:5432", "IPs: ⟦10.0.0.1⟧, ⟦10.0.0.2⟧", "⟦::1⟧", "[⟦2001:db8::1⟧]:8080",
        "⟦2001:0db8:85a3:0000:0000:8a2e:0370:7334⟧", "⟦2001:db8:85a3::8a2e:370:7334⟧", "⟦fe80::1ff:fe23:4567:890a⟧",
        "⟦::ffff:192.0.2.128⟧", "⟦64:ff9b::198.51.100.7⟧", "ping6 ⟦fe80::1⟧%eth0", "⟦2001:DB8:ABCD::1234⟧",
        "link-local ⟦fe80:0:0:0:a:b:c:d⟧", "Zugriff von ⟦198.51.100.7⟧ blockiert",
    ])
    func findsAddresses(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .ipAddress)
        #expect(piiEntities(text, .ipAddress) == entities)
    }

    @Test(arguments: [
        "Upgrade to v1.2.3.4", "Sequence 1.2.3.4.5", "OID 1.3.6.1.4.1.311.21.8", "OID 1.3.6.1.4.1",
        "Bad 256.100.1.1", "Bad 999.999.999.999", "Subnet 192.168.1", "Build v10.0.19041.1", "Build 10.0.19041.1",
        "version 4.2.0.1", "release 2.0.1.3", "std::vector and std::move", "Foo::bar() then Vec::new()",
        "At 12:30:45", "Time 10:22:33.456", "dead::beef", "MAC 00:1a:2b:3c:4d:5e", "Ratio 16:9:4:3:2:1",
        "Chrome/120.0.6099.109", "Version 1.2.3", "192.168.1.256", "Leading zero 192.168.01.1",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .ipAddress).isEmpty)
    }
}
