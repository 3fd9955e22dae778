/// Keyword lists that decide ambiguous numbers by the words in front of them, as a human
/// annotator would ("SSN 123456789" versus "Ticket 123456789").
struct ContextKeywords: Sendable {
    /// Keywords grouped by their last scalar (ASCII slots 0-127), so the look-back only
    /// compares keywords that could end at a given position.
    private let asciiIndex: [[[UInt32]]]
    private let otherIndex: [UInt32: [[UInt32]]]

    /// Keywords are matched case-insensitively (ASCII) as whole words.
    init(_ words: [String]) {
        var ascii = [[[UInt32]]](repeating: [], count: 128)
        var other: [UInt32: [[UInt32]]] = [:]
        for word in words {
            let keyword = PIIChar.scalars(word.lowercased())
            guard let last = keyword.last else { continue }
            if last < 128 { ascii[Int(last)].append(keyword) } else { other[last, default: []].append(keyword) }
        }
        asciiIndex = ascii
        otherIndex = other
    }

    @inline(__always) private func candidates(endingWith scalar: UInt32) -> [[UInt32]]? {
        if scalar < 128 {
            let list = asciiIndex[Int(scalar)]
            return list.isEmpty ? nil : list
        }
        return otherIndex.isEmpty ? nil : otherIndex[scalar]
    }

    /// The distance from the end of the nearest keyword to `index`, for keywords that end
    /// within `window` scalars before `index`, or nil when none does.
    func nearestDistance(before index: Int, window: Int, in text: PIIText) -> Int? {
        let lowerBound = max(0, index - window)
        var last = index - 1
        while last >= lowerBound {
            if last + 1 == index || !PIIChar.isLetter(text[last + 1]),
                let keywords = candidates(endingWith: PIIChar.lower(text[last]))
            {
                for keyword in keywords {
                    let start = last + 1 - keyword.count
                    if start >= 0, !PIIChar.isLetter(text[start - 1]),
                        text.matches(keyword, at: start)
                    {
                        return index - last - 1
                    }
                }
            }
            last -= 1
        }
        return nil
    }

    /// True when a keyword ends within `window` scalars before `index`.
    func occurs(before index: Int, window: Int, in text: PIIText) -> Bool {
        nearestDistance(before: index, window: window, in: text) != nil
    }

    /// True when a keyword of `self` is nearer to `index` than any keyword of `rivals`.
    func wins(over rivals: ContextKeywords, before index: Int, window: Int, in text: PIIText) -> Bool {
        guard let mine = nearestDistance(before: index, window: window, in: text) else { return false }
        guard let theirs = rivals.nearestDistance(before: index, window: window, in: text) else { return true }
        return mine < theirs
    }
}
