/// Finds UK NHS numbers: ten digits (contiguous or 3-3-4 with spaces or dashes) whose last
/// digit is the mod-11 check digit (a computed 10 is never valid). Because any ten digits
/// pass mod-11 about one time in eleven, the number must be presented as an NHS number: under
/// a table column or a list heading that says so, or after an "NHS" keyword that is nearer
/// than a phone or reference keyword.
package struct UKNHSDetector: PIIDetector {
    var types: Set<PIIType> { [.ukNHS] }

    private static let keywords = ContextKeywords(["nhs", "national health service", "nhs no", "nhs number"])
    /// Words that say a nearer number is something else.
    private static let rivals = ContextKeywords([
        "phone", "tel", "telephone", "mobile", "cell", "fax", "call", "contact", "sms", "whatsapp", "dial",
        "order", "invoice", "ref", "reference", "ticket", "account", "tracking",
    ])

    private static func isSeparator(_ c: UInt32) -> Bool { PIIChar.isGroupSpace(c) || PIIChar.isDash(c) }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var labels = ParagraphLabels(keywords: Self.keywords)
        DigitGroups.forEachNumber(in: text, maxDigits: 10, separatedBy: Self.isSeparator) { start, groups in
            let shape = groups.groupLengths
            let grouped = shape.count == 3 && shape[0] == 3 && shape[1] == 3 && shape[2] == 4
            guard grouped || shape == [10], text.numberMayEnd(at: groups.end), Self.isValid(groups.digits) else {
                return
            }
            let presented: Bool
            switch labels.verdict(at: start, in: text) {
            case .labelledColumn:
                presented = true
            case .labelledHeading:
                presented =
                    !Self.rivals.occurs(before: start, window: 48, in: text)
                    || Self.keywords.wins(over: Self.rivals, before: start, window: 96, in: text)
            case .otherColumn, .none:
                presented = Self.keywords.wins(over: Self.rivals, before: start, window: 96, in: text)
            }
            if presented { matches.append(PIIMatch(type: .ukNHS, start: start, end: groups.end, priority: 80)) }
        }
    }

    /// The NHS mod-11 check: weights 10 down to 2, check digit = 11 - (sum mod 11), 11 -> 0.
    package static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for position in 0..<9 { sum += digits[position] * (10 - position) }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == digits[9]
    }
}
