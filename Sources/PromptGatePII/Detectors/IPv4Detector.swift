/// Finds dotted-quad IPv4 addresses with octets 0-255 (no leading zeros), rejecting longer
/// dotted chains (OIDs, "1.2.3.4.5") and version strings ("v1.2.3.4", "version 4.2.0.1").
struct IPv4Detector: PIIDetector {
    var types: Set<PIIType> { [.ipAddress] }

    private static let versionWords = ContextKeywords([
        "version", "ver", "v", "release", "build", "rev",
        "revision", "section", "chapter", "oid", "§",
    ])

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var index = 0
        while index < text.count {
            guard PIIChar.isDigit(text[index]), startsToken(text, at: index),
                let end = Self.parse(text, at: index)
            else {
                index += 1
                continue
            }
            if !Self.versionWords.occurs(before: index, window: 3, in: text) {
                matches.append(PIIMatch(type: .ipAddress, start: index, end: end, priority: 70))
            }
            index = end
        }
    }

    private func startsToken(_ text: PIIText, at index: Int) -> Bool {
        let previous = text[index - 1]
        return !PIIChar.isWord(previous) && previous != PIIChar.dot && previous != PIIChar.dash
    }

    /// The end of a dotted quad starting at `start`, or nil.
    static func parse(_ text: PIIText, at start: Int) -> Int? {
        var position = start
        for octetIndex in 0..<4 {
            if octetIndex > 0 {
                guard text[position] == PIIChar.dot else { return nil }
                position += 1
            }
            var value = 0
            var length = 0
            while PIIChar.isDigit(text[position]), length < 4 {
                value = value * 10 + PIIChar.digitValue(text[position])
                length += 1
                position += 1
            }
            guard length > 0, length <= 3, value <= 255 else { return nil }
            if length > 1, text[position - length] == 0x30 { return nil }
        }
        let next = text[position]
        if PIIChar.isWord(next) { return nil }
        if next == PIIChar.dot || next == PIIChar.dash, PIIChar.isAlnum(text[position + 1]) { return nil }
        return position
    }
}
