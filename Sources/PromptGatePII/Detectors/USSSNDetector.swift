/// Finds US Social Security numbers: area not 000, 666 or 900-999, group not 00, serial not
/// 0000. The dashed or spaced form stands alone; nine bare digits need an "SSN"-like keyword.
struct USSSNDetector: PIIDetector {
    var types: Set<PIIType> { [.usSSN] }

    static let keywords = ContextKeywords([
        "ssn", "ssns", "social security", "social", "ss#", "ss no",
        "seguro social", "sécurité sociale",
    ])

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        for number in NineDigitNumber.all(in: text) where Self.isValid(number) {
            if number.needsKeyword, !Self.keywords.occurs(before: number.start, window: 32, in: text) { continue }
            matches.append(PIIMatch(type: .usSSN, start: number.start, end: number.end, priority: 85))
        }
    }

    static func isValid(_ number: NineDigitNumber) -> Bool {
        number.area != 0 && number.area != 666 && number.area < 900 && number.group != 0 && number.serial != 0
    }
}
