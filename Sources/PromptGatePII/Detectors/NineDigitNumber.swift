/// A US nine-digit identifier written AAA-GG-SSSS, "AAA GG SSSS" or as nine bare digits,
/// shared by the SSN and ITIN detectors.
struct NineDigitNumber: Sendable {
    let start: Int
    let end: Int
    let area: Int
    let group: Int
    let serial: Int
    /// True for the bare nine-digit form, which needs a context keyword to count.
    let isBare: Bool

    /// Every well-formed nine-digit number in `text`.
    static func all(in text: PIIText) -> [NineDigitNumber] {
        var found: [NineDigitNumber] = []
        DigitGroups.forEachNumber(in: text, separators: (PIIChar.dash, PIIChar.space), maxDigits: 9) { start, groups in
            let shape = groups.groupLengths
            let dashed = shape.count == 3 && shape[0] == 3 && shape[1] == 2 && shape[2] == 4
            let bare = shape.count == 1 && shape[0] == 9
            guard dashed || bare, text.numberMayEnd(at: groups.end) else { return }
            let d = groups.digits
            found.append(NineDigitNumber(
                start: start, end: groups.end,
                area: d[0] * 100 + d[1] * 10 + d[2], group: d[3] * 10 + d[4],
                serial: d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8], isBare: bare))
        }
        return found
    }
}
