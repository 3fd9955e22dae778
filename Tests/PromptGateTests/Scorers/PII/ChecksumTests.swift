import Testing
@testable import PromptGate

@Suite("Checksums")
struct ChecksumTests {
    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// FIPS 180-4 / NIST example vectors, including a message that needs two blocks.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("The quick brown fox jumps over the lazy dog",
         "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
    ])
    func sha256Vectors(_ message: String, _ digest: String) {
        #expect(hex(PIISHA256.hash(Array(message.utf8))) == digest)
    }

    @Test func sha256MillionAs() {
        let digest = PIISHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))
        #expect(hex(digest) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

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
        #expect(Bech32.verify(hrp: "bc", data: values("p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")) == .bech32m)
        #expect(Bech32.verify(hrp: "tb", data: values("qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")) == nil)
    }
}
