/// A US nine-digit identifier written AAA-GG-SSSS (any dash a model may typeset: "-", "‑",
/// "–", "−"), "AAA GG SSSS" (plain or no-break spaces), "AAA.GG.SSSS" or as nine bare digits,
/// shared by the SSN and ITIN detectors.
struct NineDigitNumber: Sendable {
    let start: Int
    let end: Int
    let area: Int
    let group: Int
    let serial: Int
    /// True for the bare and the dotted forms, which count only after a context keyword
    /// (dotted 3-2-4 numbers are also part and reference numbers).
    let needsKeyword: Bool

    private static func isSeparator(_ c: UInt32) -> Bool {
        PIIChar.isDash(c) || PIIChar.isGroupSpace(c) || c == PIIChar.dot
    }

    /// Every well-formed nine-digit number in `text`.
    static func all(in text: PIIText) -> [NineDigitNumber] {
        var found: [NineDigitNumber] = []
        DigitGroups.forEachNumber(in: text, maxDigits: 9, separatedBy: isSeparator) { start, groups in
            let shape = groups.groupLengths
            let grouped = shape.count == 3 && shape[0] == 3 && shape[1] == 2 && shape[2] == 4
            let bare = shape.count == 1 && shape[0] == 9
            guard grouped || bare, text.numberMayEnd(at: groups.end) else { return }
            let d = groups.digits
            found.append(
                NineDigitNumber(
                    start: start, end: groups.end,
                    area: d[0] * 100 + d[1] * 10 + d[2], group: d[3] * 10 + d[4],
                    serial: d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8],
                    needsKeyword: bare || groups.separator == PIIChar.dot))
        }
        return found
    }
}
