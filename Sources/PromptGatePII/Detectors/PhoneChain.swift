/// A phone-number-shaped run of text: an optional "+", digit groups (a group may be in
/// parentheses) and single separators (space, "-", ".", "/") between them.
struct PhoneChain: Sendable {
    /// One group of digits: its size and its first three digits (-1 where absent).
    struct Group: Sendable {
        var count = 0
        var inParentheses = false
        var lead: (Int, Int, Int) = (-1, -1, -1)
    }

    var hasPlus = false
    var groups: [Group] = []
    /// Separators between consecutive groups; 0 where a ")" touches the next group.
    var separators: [UInt32] = []
    var end = 0
    var digitCount = 0

    private static func isSeparator(_ c: UInt32) -> Bool {
        c == PIIChar.space || c == PIIChar.dash || c == PIIChar.dot || c == PIIChar.slash
    }

    /// True when the group sizes are exactly `sizes`.
    func hasShape(_ sizes: Int...) -> Bool {
        guard groups.count == sizes.count else { return false }
        for (group, size) in zip(groups, sizes) where group.count != size { return false }
        return true
    }

    /// Reads a chain starting at `start` ("+", "(" or a digit) into `chain`, reusing its
    /// buffers; false if it is longer than any phone number can be or malformed.
    static func read(_ text: PIIText, at start: Int, into chain: inout PhoneChain) -> Bool {
        chain.groups.removeAll(keepingCapacity: true)
        chain.separators.removeAll(keepingCapacity: true)
        chain.digitCount = 0
        chain.hasPlus = text[start] == PIIChar.plus
        var position = chain.hasPlus ? start + 1 : start
        while true {
            guard let group = readGroup(text, at: &position) else { return false }
            chain.groups.append(group)
            chain.digitCount += group.count
            guard chain.digitCount <= 17 else { return false }
            let c = text[position]
            let next = text[position + 1]
            if isSeparator(c),
                PIIChar.isDigit(next) || (next == PIIChar.openParen && PIIChar.isDigit(text[position + 2]))
            {
                chain.separators.append(c)
                position += 1
            } else if group.inParentheses, PIIChar.isDigit(c) {
                chain.separators.append(0)
            } else {
                break
            }
        }
        chain.end = position
        return true
    }

    private static func readGroup(_ text: PIIText, at position: inout Int) -> Group? {
        var group = Group()
        group.inParentheses = text[position] == PIIChar.openParen
        var cursor = group.inParentheses ? position + 1 : position
        while PIIChar.isDigit(text[cursor]) {
            let digit = PIIChar.digitValue(text[cursor])
            switch group.count {
            case 0: group.lead.0 = digit
            case 1: group.lead.1 = digit
            case 2: group.lead.2 = digit
            default: break
            }
            group.count += 1
            cursor += 1
            if group.count > 17 { return nil }
        }
        guard group.count > 0 else { return nil }
        if group.inParentheses {
            guard text[cursor] == PIIChar.closeParen, group.count <= 5 else { return nil }
            cursor += 1
        }
        position = cursor
        return group
    }
}
