import Testing

@testable import PromptGate

@Suite("CRYPTO_WALLET")
struct CryptoWalletDetectorTests {
    /// Synthetic addresses from make_corpus.py's generators plus BIP-173/BIP-350 test vectors.
    @Test(arguments: [
        "Send to ⟦1G53gZGr32vHPBxhCvbH1JPNc4oYyfsZhG⟧.", "⟦13u7FYGqDfYjjsP6VSznB5be4mHHZo4rPT⟧",
        "P2SH ⟦3Md22CZqjcywyCYDxwF2M4or9afoT363FB⟧", "⟦bc1qfhadw9p85zht8lhfyvhc4u3pr70wfyw968xlf5⟧",
        "⟦bc1qky97ed2k807pumungflvhj879927tnvwgmwga49hcfmy62j6f4mqe00hgu⟧",
        "taproot ⟦bc1pwur0shvxjqpy444a5dqph6wge0xvjd0ke50kzgn2u9fn3ts6xsqq27xzwx⟧",
        "⟦bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4⟧", "⟦BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4⟧",
        "⟦bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0⟧",
        "ETH ⟦0x52908400098527886E0F7030069857D2E4169EE7⟧.", "wallet=⟦0xde709f2102306220921060314715629080e2fb77⟧",
        "bitcoin:⟦1G53gZGr32vHPBxhCvbH1JPNc4oYyfsZhG⟧?amount=0.1",
    ])
    func findsWallets(_ marked: String) {
        let (text, entities) = PIIMarked.expected(marked, .cryptoWallet)
        #expect(piiEntities(text, .cryptoWallet) == entities)
    }

    @Test(arguments: [
        "1G53gZGr32vHPBxhCvbH1JPNc4oYyfsZhH (one character changed)", "3Md22CZqjcywyCYDxwF2M4or9afoT363FC",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kV8f3t4 (mixed case)",
        "bc1zw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs9 (invented, bad checksum)",
        "0x52908400098527886E0F7030069857D2E4169EE (39 hex)", "0x52908400098527886E0F7030069857D2E4169EE77 (41 hex)",
        "tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "0xdeadbeef", "token=dGhpcyBpcyBub3QgYSB3YWxsZXQ=", "1234567890123456789012345678",
    ])
    func rejectsLookalikes(_ text: String) {
        #expect(piiEntities(text, .cryptoWallet).isEmpty)
    }
}
