/// Finds payment card numbers: 13-19 digits, compact or in groups of two or more joined by one
/// kind of space, dash or dot, that pass Luhn and fall in a known issuer range with a length
/// that issuer uses. Well-known test numbers count unless the form policy excludes them.
struct CreditCardDetector: PIIDetector {
    var types: Set<PIIType> { [.creditCard] }
    /// Whether published test numbers ("4111 1111 1111 1111") are reported.
    let reportsTestNumbers: Bool

    /// An issuer's prefix range (compared on the first `digits` digits) and allowed lengths.
    private struct IssuerRange: Sendable {
        let low: Int
        let high: Int
        let digits: Int
        let lengths: ClosedRange<Int>
    }

    private static let issuers: [IssuerRange] = [
        IssuerRange(low: 4, high: 4, digits: 1, lengths: 13...19),  // Visa (13, 16, 19 checked below)
        IssuerRange(low: 51, high: 55, digits: 2, lengths: 16...16),  // Mastercard
        IssuerRange(low: 2221, high: 2720, digits: 4, lengths: 16...16),  // Mastercard 2-series
        IssuerRange(low: 2200, high: 2204, digits: 4, lengths: 16...19),  // Mir
        IssuerRange(low: 34, high: 34, digits: 2, lengths: 15...15),  // Amex
        IssuerRange(low: 37, high: 37, digits: 2, lengths: 15...15),  // Amex
        IssuerRange(low: 6011, high: 6011, digits: 4, lengths: 16...19),  // Discover
        IssuerRange(low: 644, high: 649, digits: 3, lengths: 16...19),  // Discover
        IssuerRange(low: 65, high: 65, digits: 2, lengths: 16...19),  // Discover
        IssuerRange(low: 3528, high: 3589, digits: 4, lengths: 16...19),  // JCB
        IssuerRange(low: 300, high: 305, digits: 3, lengths: 14...19),  // Diners Club
        IssuerRange(low: 3095, high: 3095, digits: 4, lengths: 14...19),  // Diners Club
        IssuerRange(low: 36, high: 36, digits: 2, lengths: 14...19),  // Diners Club
        IssuerRange(low: 38, high: 39, digits: 2, lengths: 14...19),  // Diners Club
        IssuerRange(low: 62, high: 62, digits: 2, lengths: 16...19),  // UnionPay (and Discover 622126-622925)
        IssuerRange(low: 81, high: 81, digits: 2, lengths: 16...19),  // UnionPay 81
        IssuerRange(low: 5018, high: 5018, digits: 4, lengths: 13...19),  // Maestro
        IssuerRange(low: 5020, high: 5020, digits: 4, lengths: 13...19),  // Maestro
        IssuerRange(low: 5038, high: 5038, digits: 4, lengths: 13...19),  // Maestro
        IssuerRange(low: 5060, high: 5061, digits: 4, lengths: 16...19),  // Verve
        IssuerRange(low: 5893, high: 5893, digits: 4, lengths: 13...19),  // Maestro
        IssuerRange(low: 6304, high: 6304, digits: 4, lengths: 13...19),  // Maestro
        IssuerRange(low: 6759, high: 6759, digits: 4, lengths: 13...19),  // Maestro UK
        IssuerRange(low: 6761, high: 6763, digits: 4, lengths: 13...19),  // Maestro
        IssuerRange(low: 9792, high: 9792, digits: 4, lengths: 16...16),  // Troy
    ]

    private static func isSeparator(_ c: UInt32) -> Bool {
        PIIChar.isGroupSpace(c) || PIIChar.isDash(c) || c == PIIChar.dot
    }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var groups = DigitGroups()
        var index = 0
        while index < text.count {
            guard PIIChar.isDigit(text[index]), text.numberMayStart(at: index) else {
                index += 1
                continue
            }
            guard DigitGroups.read(text, at: index, maxDigits: 19, into: &groups, separatedBy: Self.isSeparator) else {
                index = skipDigits(text, from: index)
                continue
            }
            if (13...19).contains(groups.digits.count), Self.isCardGrouping(groups.groupLengths),
                text.numberMayEnd(at: groups.end), Self.isIssued(groups.digits), Luhn.isValid(groups.digits),
                reportsTestNumbers || !TestCardNumbers.contains(groups.digits)
            {
                matches.append(PIIMatch(type: .creditCard, start: index, end: groups.end, priority: 90))
            }
            index = groups.end
        }
    }

    /// Cards are printed whole or in groups: the first of three or more digits, the rest of
    /// two or more ("3056 9309 0259 04", "6205 5000 0000 0000 004", "5412 75 ...").
    private static func isCardGrouping(_ lengths: [Int]) -> Bool {
        guard let first = lengths.first, first >= 3 else { return false }
        return lengths.allSatisfy { $0 >= 2 }
    }

    private func skipDigits(_ text: PIIText, from index: Int) -> Int {
        var position = index
        while PIIChar.isDigit(text[position]) || Self.isSeparator(text[position]) {
            position += 1
        }
        return max(position, index + 1)
    }

    /// True when the number's prefix and length belong to a known issuer.
    static func isIssued(_ digits: [Int]) -> Bool {
        let length = digits.count
        for issuer in issuers where issuer.lengths.contains(length) {
            let prefix = digits.prefix(issuer.digits).reduce(0) { $0 * 10 + $1 }
            guard prefix >= issuer.low, prefix <= issuer.high else { continue }
            if issuer.digits == 1 { return length == 13 || length == 16 || length == 19 }
            return true
        }
        return false
    }
}
