/// Finds e-mail addresses: a local part, "@", and a dotted domain whose last label is a known
/// top-level domain (so "icon@2x.png" and "deploy@localhost" are not addresses). Local part and
/// labels may hold accented Latin, Greek and Cyrillic letters ("jürgen@bücher.de", "ivan@пример.рф").
struct EmailDetector: PIIDetector {
    var types: Set<PIIType> { [.email] }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        for index in 0..<text.count where text[index] == PIIChar.at {
            guard let start = localPartStart(text, at: index),
                let end = domainEnd(text, after: index)
            else { continue }
            matches.append(PIIMatch(type: .email, start: start, end: end, priority: 60))
        }
    }

    /// Characters allowed in the local part (RFC 5322 atext subset plus dots).
    private static func isLocal(_ c: UInt32) -> Bool {
        PIIChar.isAlnum(c) || PIIChar.isAlphabeticLetter(c) || c == PIIChar.dot || c == PIIChar.underscore
            || c == PIIChar.dash
            || c == PIIChar.plus || c == 0x25 /* % */ || c == 0x27 /* ' */
    }

    private static func isLabel(_ c: UInt32) -> Bool {
        PIIChar.isAlnum(c) || PIIChar.isAlphabeticLetter(c) || c == PIIChar.dash
    }

    private func localPartStart(_ text: PIIText, at atSign: Int) -> Int? {
        var start = atSign
        while start > 0, Self.isLocal(text[start - 1]), atSign - start < 64 { start -= 1 }
        // Leading punctuation belongs to the sentence, not the address.
        while start < atSign, !PIIChar.isAlnum(text[start]), !PIIChar.isAlphabeticLetter(text[start]) { start += 1 }
        guard start < atSign, text[atSign - 1] != PIIChar.dot, text[start - 1] != PIIChar.at else { return nil }
        for index in start..<(atSign - 1) where text[index] == PIIChar.dot && text[index + 1] == PIIChar.dot {
            return nil
        }
        return start
    }

    private func domainEnd(_ text: PIIText, after atSign: Int) -> Int? {
        var position = atSign + 1
        var labelCount = 0
        var lastLabelStart = position
        var end = -1
        while true {
            let labelStart = position
            while Self.isLabel(text[position]) { position += 1 }
            let labelEnd = position
            guard labelEnd > labelStart, text[labelStart] != PIIChar.dash,
                text[labelEnd - 1] != PIIChar.dash
            else { break }
            labelCount += 1
            lastLabelStart = labelStart
            end = labelEnd
            // Continue only when the dot is followed by another label ("example.com.").
            guard text[position] == PIIChar.dot, Self.isLabel(text[position + 1]), text[position + 1] != PIIChar.dash
            else { break }
            position += 1
        }
        guard labelCount >= 2, end > 0, text[end] != PIIChar.at,
            TopLevelDomains.isKnown(text.scalars[lastLabelStart..<end])
        else { return nil }
        return end
    }
}
