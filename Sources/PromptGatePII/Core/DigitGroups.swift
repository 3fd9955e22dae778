/// A run of digit groups joined by one kind of separator ("4111 1111 1111 1111",
/// "123-45-6789", "9434765919"), as read by the numeric detectors.
struct DigitGroups: Sendable {
    /// The digit values, separators removed.
    var digits: [Int] = []
    /// How many digits each group holds.
    var groupLengths: [Int] = []
    /// The separator between groups, or nil for a single group.
    var separator: UInt32?
    /// Index one past the last digit.
    var end: Int = 0

    /// Reads groups starting at the digit at `start`, joined by scalars for which `isSeparator`
    /// holds (the first one seen must be used throughout), into `result`, whose buffers are
    /// reused between calls. Returns false when more than `maxDigits` digits follow, because
    /// then the number is something longer.
    static func read(
        _ text: PIIText, at start: Int, maxDigits: Int, into result: inout DigitGroups,
        separatedBy isSeparator: (UInt32) -> Bool
    ) -> Bool {
        result.digits.removeAll(keepingCapacity: true)
        result.groupLengths.removeAll(keepingCapacity: true)
        result.separator = nil
        var position = start
        var groupLength = 0
        while true {
            let c = text[position]
            if PIIChar.isDigit(c) {
                if result.digits.count == maxDigits { return false }
                result.digits.append(PIIChar.digitValue(c))
                groupLength += 1
                position += 1
                continue
            }
            let joinsNextGroup =
                groupLength > 0 && isSeparator(c)
                && (result.separator == nil || result.separator == c) && PIIChar.isDigit(text[position + 1])
            if !joinsNextGroup { break }
            result.separator = c
            result.groupLengths.append(groupLength)
            groupLength = 0
            position += 1
        }
        guard groupLength > 0 else { return false }
        result.groupLengths.append(groupLength)
        result.end = position
        return true
    }
}

extension DigitGroups {
    /// Calls `body` with the start and the groups of every number in `text` that begins at a
    /// number boundary and reads within `maxDigits` (longer digit runs are skipped whole).
    static func forEachNumber(
        in text: PIIText, maxDigits: Int, separatedBy isSeparator: (UInt32) -> Bool,
        _ body: (Int, DigitGroups) -> Void
    ) {
        var groups = DigitGroups()
        var index = 0
        while index < text.count {
            guard PIIChar.isDigit(text[index]), text.numberMayStart(at: index) else {
                index += 1
                continue
            }
            guard read(text, at: index, maxDigits: maxDigits, into: &groups, separatedBy: isSeparator) else {
                while PIIChar.isDigit(text[index]) { index += 1 }
                continue
            }
            body(index, groups)
            index = groups.end
        }
    }
}
