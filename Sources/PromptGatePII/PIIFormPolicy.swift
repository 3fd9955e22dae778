/// Which debatable forms count as personal data (docs/pii.md, "What counts"). Every form is
/// reported by default; a test set can switch one off in `testset.yaml` (`pii.forms`).
public struct PIIFormPolicy: Sendable, Equatable {
    /// A domain without scheme or "www." ("example.com", "shop.example.co.uk/returns") is a URL.
    public var bareDomains: Bool
    /// Well-known public test card numbers ("4111 1111 1111 1111") are CREDIT_CARD.
    public var testCardNumbers: Bool
    /// Spelled-out or bracketed addresses ("jane at example dot com", "jane[at]example.com") are EMAIL.
    public var obfuscatedEmails: Bool

    /// Creates a policy; every form counts unless switched off.
    public init(bareDomains: Bool = true, testCardNumbers: Bool = true, obfuscatedEmails: Bool = true) {
        self.bareDomains = bareDomains
        self.testCardNumbers = testCardNumbers
        self.obfuscatedEmails = obfuscatedEmails
    }
}
