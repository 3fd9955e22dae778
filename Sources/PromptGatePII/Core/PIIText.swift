/// The text being scanned, as an array of Unicode scalar values so that every index is a
/// code-point offset. Reads outside the text return 0, which no detector treats as content.
struct PIIText: Sendable {
    let scalars: [UInt32]

    init(_ string: String) {
        var values: [UInt32] = []
        values.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars { values.append(scalar.value) }
        scalars = values
    }

    var count: Int { scalars.count }

    @inline(__always) subscript(_ index: Int) -> UInt32 {
        index >= 0 && index < scalars.count ? scalars[index] : 0
    }

    /// True when the ASCII text at `index` equals `lowercased` ignoring ASCII case.
    func matches(_ lowercased: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + lowercased.count <= scalars.count else { return false }
        for (offset, expected) in lowercased.enumerated()
        where PIIChar.lower(scalars[index + offset]) != expected {
            return false
        }
        return true
    }

    /// A number may start at `index` only if it is not glued to a word or continuing a longer
    /// chain of digit groups ("ORD-1234", "1.2.3.4.5", "10:22").
    func numberMayStart(at index: Int) -> Bool {
        let previous = self[index - 1]
        if PIIChar.isWord(previous) { return false }
        if PIIChar.isChainSeparator(previous) || previous == PIIChar.space {
            let beforeThat = self[index - 2]
            if PIIChar.isDigit(beforeThat) { return false }
            // "ORD-1234" / "v1.2": glued to a word; "SSN:123456789" is a label, not a glue.
            if previous != PIIChar.space, previous != PIIChar.colon, PIIChar.isWord(beforeThat) { return false }
        }
        return true
    }

    /// A number may end before `index` only if the next characters do not continue it.
    func numberMayEnd(at index: Int) -> Bool {
        let next = self[index]
        if PIIChar.isWord(next) { return false }
        if PIIChar.isChainSeparator(next), PIIChar.isDigit(self[index + 1]) { return false }
        return true
    }
}

/// ASCII character classes over scalar values; non-ASCII scalars are never word characters,
/// so CJK or accented text may touch an entity directly.
enum PIIChar {
    static let space: UInt32 = 0x20
    static let dash: UInt32 = 0x2D
    static let dot: UInt32 = 0x2E
    static let slash: UInt32 = 0x2F
    static let colon: UInt32 = 0x3A
    static let plus: UInt32 = 0x2B
    static let at: UInt32 = 0x40
    static let openParen: UInt32 = 0x28
    static let closeParen: UInt32 = 0x29
    static let underscore: UInt32 = 0x5F

    @inline(__always) static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) static func isUpper(_ c: UInt32) -> Bool { c >= 0x41 && c <= 0x5A }
    @inline(__always) static func isLowerLetter(_ c: UInt32) -> Bool { c >= 0x61 && c <= 0x7A }
    @inline(__always) static func isLetter(_ c: UInt32) -> Bool { isUpper(c) || isLowerLetter(c) }
    @inline(__always) static func isAlnum(_ c: UInt32) -> Bool { isDigit(c) || isLetter(c) }
    @inline(__always) static func isWord(_ c: UInt32) -> Bool { isAlnum(c) || c == underscore }
    @inline(__always) static func isHex(_ c: UInt32) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }
    @inline(__always) static func lower(_ c: UInt32) -> UInt32 { isUpper(c) ? c + 0x20 : c }
    @inline(__always) static func digitValue(_ c: UInt32) -> Int { Int(c) - 0x30 }
    @inline(__always) static func hexValue(_ c: UInt32) -> Int {
        if isDigit(c) { return Int(c) - 0x30 }
        return Int(lower(c)) - 0x61 + 10
    }
    /// Separators that join digit groups of one number: "-", ".", "/", ":".
    @inline(__always) static func isChainSeparator(_ c: UInt32) -> Bool {
        c == dash || c == dot || c == slash || c == colon
    }
    /// Dashes that join digit groups as models and word processors typeset them: "-", hyphen,
    /// non-breaking hyphen, figure dash, en dash and minus sign.
    @inline(__always) static func isDash(_ c: UInt32) -> Bool {
        c == dash || (c >= 0x2010 && c <= 0x2013) || c == 0x2212
    }
    /// Spaces that join digit groups: space, no-break space and narrow no-break space.
    @inline(__always) static func isGroupSpace(_ c: UInt32) -> Bool { c == space || c == 0xA0 || c == 0x202F }
    /// Non-ASCII characters allowed in internationalised hosts and paths (IRIs): letters of
    /// any script, but not Unicode spaces, punctuation blocks, symbols or emoji.
    static func isIRILetter(_ c: UInt32) -> Bool {
        guard c > 0xBF, c != 0xD7, c != 0xF7 else { return false }
        if (0x2000...0x2BFF).contains(c) || (0x3000...0x303F).contains(c) || (0xFF00...0xFF65).contains(c) {
            return false
        }
        return c < 0x1F000
    }
    /// Accented Latin, Greek and Cyrillic letters: the non-ASCII letters of scripts that put
    /// spaces between words, allowed inside e-mail addresses ("jürgen@bücher.de").
    static func isAlphabeticLetter(_ c: UInt32) -> Bool {
        ((0xC0...0x24F).contains(c) && c != 0xD7 && c != 0xF7) || ((0x386...0x3FF).contains(c) && c != 0x387)
            || (0x400...0x481).contains(c) || (0x48A...0x52F).contains(c)
    }
    /// Whitespace of any kind (ASCII plus the common Unicode spaces).
    @inline(__always) static func isSpace(_ c: UInt32) -> Bool {
        c == 0x20 || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B)
    }

    /// The scalar values of an ASCII string, for keyword tables.
    static func scalars(_ string: String) -> [UInt32] { string.unicodeScalars.map(\.value) }
}
