/// Finds UK NHS numbers: ten digits (contiguous or 3-3-4 with spaces or dashes) whose last
/// digit is the mod-11 check digit (a computed 10 is never valid). Because any ten digits
/// pass mod-11 about one time in eleven, the number must be introduced as an NHS number,
/// and an "NHS" keyword must be nearer than a phone keyword.
package struct UKNHSDetector: PIIDetector {
    var types: Set<PIIType> { [.ukNHS] }

    private static let keywords = ContextKeywords(["nhs", "national health service", "nhs no", "nhs number"])

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        DigitGroups.forEachNumber(in: text, separators: (PIIChar.space, PIIChar.dash), maxDigits: 10) { start, groups in
            let shape = groups.groupLengths
            let grouped = shape.count == 3 && shape[0] == 3 && shape[1] == 3 && shape[2] == 4
            if grouped || shape == [10], text.numberMayEnd(at: groups.end),
               Self.isValid(groups.digits),
               Self.keywords.wins(over: PhoneKeywords.positive, before: start, window: 48, in: text) {
                matches.append(PIIMatch(type: .ukNHS, start: start, end: groups.end, priority: 80))
            }
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
