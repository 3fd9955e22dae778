/// Finds IPv6 addresses in full, compressed ("2001:db8::1", "::1") and IPv4-mapped
/// ("::ffff:192.0.2.1") form. Code such as "std::move", times and MAC addresses do not parse;
/// an address must contain at least one decimal digit, which rules out words like "dead::beef".
struct IPv6Detector: PIIDetector {
    var types: Set<PIIType> { [.ipAddress] }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var index = 0
        while index < text.count {
            let c = text[index]
            let previous = text[index - 1]
            guard PIIChar.isHex(c) || (c == PIIChar.colon && text[index + 1] == PIIChar.colon),
                !PIIChar.isWord(previous), previous != PIIChar.colon, previous != PIIChar.dot,
                let end = match(text, at: index)
            else {
                index += 1
                continue
            }
            matches.append(PIIMatch(type: .ipAddress, start: index, end: end, priority: 70))
            index = end
        }
    }

    private func match(_ text: PIIText, at start: Int) -> Int? {
        var end = start
        while end - start < 46, PIIChar.isHex(text[end]) || text[end] == PIIChar.colon || text[end] == PIIChar.dot {
            end += 1
        }
        // Trailing sentence punctuation is not part of the address.
        while end > start, text[end - 1] == PIIChar.dot { end -= 1 }
        if end - start >= 2, text[end - 1] == PIIChar.colon, text[end - 2] != PIIChar.colon { end -= 1 }
        guard end - start >= 3, !PIIChar.isWord(text[end]) else { return nil }
        return Self.isValid(text.scalars[start..<end]) ? end : nil
    }

    /// Validates the textual form of an IPv6 address.
    static func isValid(_ token: ArraySlice<UInt32>) -> Bool {
        guard token.contains(where: PIIChar.isDigit) else { return false }
        var groups = 0
        var sawDoubleColon = false
        var index = token.startIndex
        if token[index] == PIIChar.colon {
            guard token.count > 1, token[index + 1] == PIIChar.colon else { return false }
            sawDoubleColon = true
            index += 2
            if index == token.endIndex { return true }
        }
        while index < token.endIndex {
            var groupEnd = index
            while groupEnd < token.endIndex, PIIChar.isHex(token[groupEnd]) { groupEnd += 1 }
            if groupEnd < token.endIndex, token[groupEnd] == PIIChar.dot {
                // Embedded IPv4 must be the last part and counts as two groups.
                guard isDottedQuad(token[index..<token.endIndex]) else { return false }
                groups += 2
                index = token.endIndex
                break
            }
            let length = groupEnd - index
            guard length >= 1, length <= 4 else { return false }
            groups += 1
            index = groupEnd
            if index == token.endIndex { break }
            // token[index] is ":"
            if index + 1 < token.endIndex, token[index + 1] == PIIChar.colon {
                guard !sawDoubleColon else { return false }
                sawDoubleColon = true
                index += 2
                if index == token.endIndex { break }
            } else {
                index += 1
                guard index < token.endIndex else { return false }
            }
        }
        return sawDoubleColon ? groups <= 7 : groups == 8
    }

    private static func isDottedQuad(_ part: ArraySlice<UInt32>) -> Bool {
        let octets = part.split(separator: PIIChar.dot, omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy(PIIChar.isDigit) else { return false }
            let value = octet.reduce(0) { $0 * 10 + PIIChar.digitValue($1) }
            guard value <= 255 else { return false }
        }
        return true
    }
}
