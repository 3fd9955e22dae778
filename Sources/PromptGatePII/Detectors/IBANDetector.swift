/// Finds IBANs: a registered country code, two check digits and a BBAN of exactly the
/// country's length, compact or grouped by single spaces, in one letter case, that passes the ISO 7064 mod-97 check.
package struct IBANDetector: PIIDetector {
    var types: Set<PIIType> { [.iban] }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var index = 0
        while index + 4 < text.count {
            guard PIIChar.isLetter(text[index]), PIIChar.isLetter(text[index + 1]),
                PIIChar.isDigit(text[index + 2]), PIIChar.isDigit(text[index + 3]),
                !PIIChar.isWord(text[index - 1]),
                let length = IBANRegistry.length(Self.upper(text[index]), Self.upper(text[index + 1])),
                let end = match(text, at: index, length: length)
            else {
                index += 1
                continue
            }
            matches.append(PIIMatch(type: .iban, start: index, end: end, priority: 95))
            index = end
        }
    }

    private static func upper(_ c: UInt32) -> UInt32 { PIIChar.isLowerLetter(c) ? c - 0x20 : c }

    /// Reads `length` alphanumerics from `start` (single spaces allowed between them) and
    /// returns the end index when the result is a valid IBAN that is not glued to more text.
    private func match(_ text: PIIText, at start: Int, length: Int) -> Int? {
        var characters: [UInt32] = []
        characters.reserveCapacity(length)
        // One letter case throughout: "DE89 3704 ..." or "de89 3704 ...".
        let lowercase = PIIChar.isLowerLetter(text[start])
        var position = start
        while characters.count < length {
            let c = text[position]
            if PIIChar.isDigit(c) || (lowercase ? PIIChar.isLowerLetter(c) : PIIChar.isUpper(c)) {
                characters.append(Self.upper(c))
                position += 1
            } else if c == PIIChar.space, characters.count >= 4,
                PIIChar.isAlnum(text[position + 1]), text[position - 1] != PIIChar.space
            {
                position += 1
            } else {
                return nil
            }
        }
        guard !PIIChar.isWord(text[position]) else { return nil }
        // Printed IBANs group by four; a space elsewhere means the tail is another word.
        var offset = 0
        for index in start..<position {
            if text[index] == PIIChar.space {
                guard offset % 4 == 0 else { return nil }
            } else {
                offset += 1
            }
        }
        return Self.mod97(characters) == 1 ? position : nil
    }

    /// The remainder of the rearranged IBAN (BBAN + country + check digits) modulo 97.
    package static func mod97(_ characters: [UInt32]) -> Int {
        var remainder = 0
        for c in characters[4...] + characters[..<4] {
            if PIIChar.isDigit(c) {
                remainder = (remainder * 10 + PIIChar.digitValue(c)) % 97
            } else {
                remainder = (remainder * 100 + Int(c) - 0x41 + 10) % 97
            }
        }
        return remainder
    }
}
