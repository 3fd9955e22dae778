import Testing

@testable import PromptGate

@Suite("Checksums")
struct ChecksumTests {
    @Test func base58CheckRejectsAlteredChecksum() {
        let good = Array("1G53gZGr32vHPBxhCvbH1JPNc4oYyfsZhG".unicodeScalars.map(\.value))
        #expect(Base58Check.verifiedPayload(good[...])?.count == 21)
        var bad = good
        bad[bad.count - 1] = 0x48  // "H"
        #expect(Base58Check.verifiedPayload(bad[...]) == nil)
    }

    @Test func bech32VariantsAreDistinguished() {
        func values(_ s: String) -> [Int] { s.unicodeScalars.map { Bech32.value($0.value) } }
        #expect(Bech32.verify(hrp: "bc", data: values("qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")) == .bech32)
        #expect(
            Bech32.verify(hrp: "bc", data: values("p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"))
                == .bech32m)
        #expect(Bech32.verify(hrp: "tb", data: values("qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")) == nil)
    }
}
