/// A category of personal data the scanner can find; the raw value is the label used in
/// corpora, reports and redaction placeholders (`[EMAIL]`).
public enum PIIType: String, CaseIterable, Codable, Sendable {
    case email = "EMAIL"
    case phone = "PHONE"
    case creditCard = "CREDIT_CARD"
    case usSSN = "US_SSN"
    case usITIN = "US_ITIN"
    case iban = "IBAN"
    case ipAddress = "IP_ADDRESS"
    case url = "URL"
    case cryptoWallet = "CRYPTO_WALLET"
    case macAddress = "MAC_ADDRESS"
    case ukNHS = "UK_NHS"
}

/// One piece of personal data found in a text: its type and its span, counted in Unicode
/// scalars (code points) with an exclusive end, so offsets match Python `str` indices.
public struct PIIEntity: Sendable, Equatable, Hashable, Codable {
    /// What kind of personal data the span holds.
    public let type: PIIType
    /// Index of the first scalar of the span.
    public let start: Int
    /// Index one past the last scalar of the span.
    public let end: Int

    /// Creates an entity for the scalar range `start..<end`.
    public init(type: PIIType, start: Int, end: Int) {
        self.type = type
        self.start = start
        self.end = end
    }
}
