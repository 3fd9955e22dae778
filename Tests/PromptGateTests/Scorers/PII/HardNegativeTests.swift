import Testing

@testable import PromptGate

/// Every hard negative named in the scanner's brief: the full scanner must report nothing.
@Suite("Hard negatives")
struct HardNegativeTests {
    @Test(arguments: [
        "Order ORD-12345678 shipped on time.",
        "Tracking 4000 1234 5678 9011 (fails Luhn)",
        "Tracking number 1Z999AA10123456784",
        "Due 2024-03-15.", "Due 03/15/2024.", "Paid $1,234.56 on 15.03.2024",
        "ISBN 978-3-16-148410-0", "UUID 550e8400-e29b-41d4-a716-446655440000",
        "UUID 123e4567-e89b-12d3-a456-426614174000",
        "Version 1.2.3", "Windows v10.0.19041.1", "Upgrade to v1.2.3.4", "Sequence 1.2.3.4.5",
        "OID 1.3.6.1.4.1", "Timestamp 2024-03-15T10:22:33Z", "Timestamp 2024-03-15 10:22:33.123+01:00",
        "epoch 1710498153", "Open main.py, README.md and lib.rs", "Built on ASP.NET and Node.js",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "md5 d41d8cd98f00b204e9800998ecf8427e", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "Invoice INV-2024-000123 for €1.234,56", "Population 8 336 817", "Error 0x80070005",
        "价格是1,980元", "Das Paket kostet 12,99 € und kommt am 15.03.",
    ])
    func reportsNothing(_ text: String) {
        #expect(piiScanner.scan(text) == [])
    }

    @Test func emailDomainIsNotAURL() {
        let entities = piiScanner.scan("Write to jean@exemple.fr or support@www.example.org.")
        #expect(entities.map(\.type) == [.email, .email])
    }
}
