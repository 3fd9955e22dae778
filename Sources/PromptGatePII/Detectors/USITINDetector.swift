/// Finds US Individual Taxpayer Identification Numbers: 9XX-GG-XXXX with group 50-65, 70-88,
/// 90-92 or 94-99. Nine bare digits need an "ITIN"-like keyword.
struct USITINDetector: PIIDetector {
    var types: Set<PIIType> { [.usITIN] }

    static let keywords = ContextKeywords(["itin", "itins", "taxpayer identification", "taxpayer id", "tin"])

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        for number in NineDigitNumber.all(in: text) where Self.isValid(number) {
            if number.needsKeyword, !Self.keywords.occurs(before: number.start, window: 32, in: text) { continue }
            matches.append(PIIMatch(type: .usITIN, start: number.start, end: number.end, priority: 86))
        }
    }

    static func isValid(_ number: NineDigitNumber) -> Bool {
        guard number.area >= 900 else { return false }
        switch number.group {
        case 50...65, 70...88, 90...92, 94...99: return true
        default: return false
        }
    }
}
