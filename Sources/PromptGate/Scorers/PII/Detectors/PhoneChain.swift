/// A phone-number-shaped run of text: an optional "+", digit groups (a group may be in
/// parentheses) and single separators (space, "-", ".", "/") between them.
struct PhoneChain: Sendable {
    /// One group of digits.
    struct Group: Sendable {
        let digits: [Int]
        let inParentheses: Bool
    }

    var hasPlus = false
    var groups: [Group] = []
    /// Separators between consecutive groups; 0 where a ")" touches the next group.
    var separators: [UInt32] = []
    var end = 0

    var digitCount: Int { groups.reduce(0) { $0 + $1.digits.count } }
    var allDigits: [Int] { groups.flatMap(\.digits) }

    private static func isSeparator(_ c: UInt32) -> Bool {
        c == PIIChar.space || c == PIIChar.dash || c == PIIChar.dot || c == PIIChar.slash
    }

    /// Reads a chain starting at `start` ("+", "(" or a digit); nil if it is longer than any
    /// phone number can be or malformed.
    static func read(_ text: PIIText, at start: Int) -> PhoneChain? {
        var chain = PhoneChain()
        var position = start
        if text[position] == PIIChar.plus {
            chain.hasPlus = true
            position += 1
        }
        while true {
            guard let group = readGroup(text, at: &position) else { return nil }
            chain.groups.append(group)
            guard chain.digitCount <= 17 else { return nil }
            let c = text[position]
            let next = text[position + 1]
            if isSeparator(c), PIIChar.isDigit(next) || (next == PIIChar.openParen && PIIChar.isDigit(text[position + 2])) {
                chain.separators.append(c)
                position += 1
            } else if group.inParentheses, PIIChar.isDigit(c) {
                chain.separators.append(0)
            } else {
                break
            }
        }
        chain.end = position
        return chain
    }

    private static func readGroup(_ text: PIIText, at position: inout Int) -> Group? {
        let parenthesized = text[position] == PIIChar.openParen
        var cursor = parenthesized ? position + 1 : position
        var digits: [Int] = []
        while PIIChar.isDigit(text[cursor]) {
            digits.append(PIIChar.digitValue(text[cursor]))
            cursor += 1
            if digits.count > 17 { return nil }
        }
        guard !digits.isEmpty else { return nil }
        if parenthesized {
            guard text[cursor] == PIIChar.closeParen, digits.count <= 5 else { return nil }
            cursor += 1
        }
        position = cursor
        return Group(digits: digits, inParentheses: parenthesized)
    }
}
