/// Finds MAC addresses: six two-digit hex groups joined by one separator (":" or "-"), or
/// the Cisco form "xxxx.xxxx.xxxx". Five or seven groups and mixed separators are rejected.
struct MACAddressDetector: PIIDetector {
    var types: Set<PIIType> { [.macAddress] }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var index = 0
        while index < text.count {
            let previous = text[index - 1]
            guard PIIChar.isHex(text[index]), !PIIChar.isWord(previous), previous != PIIChar.colon,
                previous != PIIChar.dash, previous != PIIChar.dot,
                let end = colonForm(text, at: index) ?? ciscoForm(text, at: index)
            else {
                index += 1
                continue
            }
            matches.append(PIIMatch(type: .macAddress, start: index, end: end, priority: 75))
            index = end
        }
    }

    private func colonForm(_ text: PIIText, at start: Int) -> Int? {
        let separator = text[start + 2]
        guard separator == PIIChar.colon || separator == PIIChar.dash else { return nil }
        var position = start
        for group in 0..<6 {
            if group > 0 {
                guard text[position] == separator else { return nil }
                position += 1
            }
            guard PIIChar.isHex(text[position]), PIIChar.isHex(text[position + 1]) else { return nil }
            position += 2
        }
        return endsCleanly(text, at: position) ? position : nil
    }

    private func ciscoForm(_ text: PIIText, at start: Int) -> Int? {
        var position = start
        for group in 0..<3 {
            if group > 0 {
                guard text[position] == PIIChar.dot else { return nil }
                position += 1
            }
            for _ in 0..<4 {
                guard PIIChar.isHex(text[position]) else { return nil }
                position += 1
            }
        }
        return endsCleanly(text, at: position) ? position : nil
    }

    private func endsCleanly(_ text: PIIText, at position: Int) -> Bool {
        let next = text[position]
        if PIIChar.isWord(next) { return false }
        if next == PIIChar.colon || next == PIIChar.dash || next == PIIChar.dot, PIIChar.isHex(text[position + 1]) {
            return false
        }
        return true
    }
}
