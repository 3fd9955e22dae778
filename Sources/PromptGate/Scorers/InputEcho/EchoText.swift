/// A text reduced for echo matching: letters lowercased, digits kept, everything else
/// (whitespace, punctuation, symbols) dropped, with each kept scalar's offset in the original,
/// so "MARIA  KELLER", "maria-keller" and "Maria Keller" read the same.
struct EchoText: Sendable {
    /// The kept scalars, lowercased.
    let scalars: [Unicode.Scalar]
    /// For each kept scalar, its code-point offset in the original text.
    let offsets: [Int]
    /// For each kept scalar, true when it starts a word in the original (no letter or digit
    /// right before it) — and, at `scalars.count`, an end marker.
    let startsWord: [Bool]
    /// For each kept scalar, true when it ends a word in the original.
    let endsWord: [Bool]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var startsWord: [Bool] = []
        var endsWord: [Bool] = []
        var previousKept = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            guard Self.isKept(scalar) else {
                if previousKept, !endsWord.isEmpty { endsWord[endsWord.count - 1] = true }
                previousKept = false
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                scalars.append(lower)
                offsets.append(offset)
                startsWord.append(!previousKept)
                endsWord.append(false)
                previousKept = true
            }
        }
        if !endsWord.isEmpty { endsWord[endsWord.count - 1] = true }
        self.scalars = scalars
        self.offsets = offsets
        self.startsWord = startsWord
        self.endsWord = endsWord
    }

    /// Letters of any script and decimal digits.
    static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    /// True when the kept scalar is a decimal digit.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }
}
