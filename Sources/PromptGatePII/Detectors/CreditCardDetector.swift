/// Finds payment card numbers: 13-19 digits (optionally grouped by spaces or dashes) that
/// pass Luhn and fall in a known issuer range with a length that issuer uses.
struct CreditCardDetector: PIIDetector {
    var types: Set<PIIType> { [.creditCard] }

    /// An issuer's prefix range (compared on the first `digits` digits) and allowed lengths.
    private struct IssuerRange: Sendable {
        let low: Int
        let high: Int
        let digits: Int
        let lengths: ClosedRange<Int>
    }

    private static let issuers: [IssuerRange] = [
        IssuerRange(low: 4, high: 4, digits: 1, lengths: 13...19),                // Visa (13, 16, 19 checked below)
        IssuerRange(low: 51, high: 55, digits: 2, lengths: 16...16),              // Mastercard
        IssuerRange(low: 2221, high: 2720, digits: 4, lengths: 16...16),          // Mastercard 2-series
        IssuerRange(low: 34, high: 34, digits: 2, lengths: 15...15),              // Amex
        IssuerRange(low: 37, high: 37, digits: 2, lengths: 15...15),              // Amex
        IssuerRange(low: 6011, high: 6011, digits: 4, lengths: 16...19),          // Discover
        IssuerRange(low: 644, high: 649, digits: 3, lengths: 16...19),            // Discover
        IssuerRange(low: 65, high: 65, digits: 2, lengths: 16...19),              // Discover
        IssuerRange(low: 3528, high: 3589, digits: 4, lengths: 16...19),          // JCB
        IssuerRange(low: 300, high: 305, digits: 3, lengths: 14...19),            // Diners Club
        IssuerRange(low: 3095, high: 3095, digits: 4, lengths: 14...19),          // Diners Club
        IssuerRange(low: 36, high: 36, digits: 2, lengths: 14...19),              // Diners Club
        IssuerRange(low: 38, high: 39, digits: 2, lengths: 14...19),              // Diners Club
        IssuerRange(low: 62, high: 62, digits: 2, lengths: 16...19),              // UnionPay (and Discover 622126-622925)
    ]

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var groups = DigitGroups()
        var index = 0
        while index < text.count {
            guard PIIChar.isDigit(text[index]), text.numberMayStart(at: index) else {
                index += 1
                continue
            }
            guard DigitGroups.read(text, at: index, separators: (PIIChar.space, PIIChar.dash), maxDigits: 19, into: &groups) else {
                index = skipDigits(text, from: index)
                continue
            }
            if (13...19).contains(groups.digits.count), groups.groupLengths.allSatisfy({ $0 >= 3 }),
               text.numberMayEnd(at: groups.end), Self.isIssued(groups.digits), Luhn.isValid(groups.digits) {
                matches.append(PIIMatch(type: .creditCard, start: index, end: groups.end, priority: 90))
            }
            index = groups.end
        }
    }

    private func skipDigits(_ text: PIIText, from index: Int) -> Int {
        var position = index
        while PIIChar.isDigit(text[position]) || text[position] == PIIChar.space || text[position] == PIIChar.dash {
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
