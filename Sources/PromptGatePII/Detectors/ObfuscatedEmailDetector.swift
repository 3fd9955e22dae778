/// Finds e-mail addresses written to dodge scrapers, as people and models write them:
/// "jane at example dot com", "jane[at]example[dot]com", "j.doe (at) example.de",
/// "maria AT example DOT es". A spelled-out " at " also needs a spelled-out or bracketed dot
/// in the domain ("I work at example.com" is prose); a bracketed "[at]" may be followed by
/// plain dots. The last label must be a known top-level domain and no domain label may be a
/// common word ("look at the dot com bubble").
struct ObfuscatedEmailDetector: PIIDetector {
    var types: Set<PIIType> { [.email] }

    private static let at = PIIChar.scalars("at")
    private static let dot = PIIChar.scalars("dot")
    private static let commonWords: Set<String> = [
        "the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this", "that", "home", "work",
    ]

    /// An obfuscated "at" or "dot": where it ends and whether it was spelled out between spaces.
    private struct Separator {
        let end: Int
        let spelled: Bool
    }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var index = 0
        while index < text.count {
            guard Self.isWordCharacter(text[index]), !Self.isLocal(text[index - 1]), text[index - 1] != PIIChar.at,
                let end = match(text, at: index)
            else {
                index += 1
                continue
            }
            matches.append(PIIMatch(type: .email, start: index, end: end, priority: 60))
            index = end
        }
    }

    private func match(_ text: PIIText, at start: Int) -> Int? {
        // Local part: words of local characters joined by obfuscated dots.
        guard var position = run(text, from: start, limit: 64, where: Self.isLocal) else { return nil }
        while let separator = separator(Self.dot, in: text, at: position),
            let next = run(text, from: separator.end, limit: 64, where: Self.isLocal), next - start <= 96
        {
            position = next
        }
        guard let atSign = separator(Self.at, in: text, at: position) else { return nil }
        // Domain: labels joined by plain or obfuscated dots, ending in a known TLD.
        position = atSign.end
        var labelStart = position
        var labels = 0
        var obfuscatedDot = false
        var end = -1
        var lastLabel = position..<position
        while position - atSign.end < 255 {
            guard let labelEnd = run(text, from: position, limit: 63, where: Self.isLabel) else { break }
            labelStart = position
            if isCommonWord(text, labelStart..<labelEnd) { return nil }
            labels += 1
            lastLabel = labelStart..<labelEnd
            end = labelEnd
            if text[labelEnd] == PIIChar.dot, Self.isLabel(text[labelEnd + 1]) {
                position = labelEnd + 1
            } else if let separator = separator(Self.dot, in: text, at: labelEnd) {
                obfuscatedDot = true
                position = separator.end
            } else {
                break
            }
        }
        guard labels >= 2, end > 0, !atSign.spelled || obfuscatedDot, !Self.isLabel(text[end]),
            TopLevelDomains.isKnown(text.scalars[lastLabel])
        else { return nil }
        return end
    }

    /// " at " / " AT " between spaces, or "[at]", "(at)", "{at}", "<at>" in any case with an
    /// optional space on either side; nil unless an address character follows.
    private func separator(_ word: [UInt32], in text: PIIText, at position: Int) -> Separator? {
        if text[position] == PIIChar.space, spelled(word, in: text, at: position + 1),
            text[position + 1 + word.count] == PIIChar.space, Self.isWordCharacter(text[position + 2 + word.count])
        {
            return Separator(end: position + 2 + word.count, spelled: true)
        }
        var cursor = text[position] == PIIChar.space ? position + 1 : position
        let close: UInt32
        switch text[cursor] {
        case 0x5B: close = 0x5D
        case 0x28: close = 0x29
        case 0x7B: close = 0x7D
        case 0x3C: close = 0x3E
        default: return nil
        }
        guard text.matches(word, at: cursor + 1), text[cursor + 1 + word.count] == close else { return nil }
        cursor += word.count + 2
        if text[cursor] == PIIChar.space { cursor += 1 }
        return Self.isWordCharacter(text[cursor]) ? Separator(end: cursor, spelled: false) : nil
    }

    /// `word` all lowercase or all uppercase at `position`, as a word of its own.
    private func spelled(_ word: [UInt32], in text: PIIText, at position: Int) -> Bool {
        let lower = zip(word.indices, word).allSatisfy { text[position + $0] == $1 }
        let upper = zip(word.indices, word).allSatisfy { text[position + $0] == $1 - 0x20 }
        return lower || upper
    }

    /// The end of a run of at least one character satisfying `belongs`, at most `limit` long.
    private func run(_ text: PIIText, from start: Int, limit: Int, where belongs: (UInt32) -> Bool) -> Int? {
        var position = start
        while belongs(text[position]), position - start < limit { position += 1 }
        guard position > start, !belongs(text[position]) else { return nil }
        // Trailing dots belong to the sentence.
        while position > start + 1, text[position - 1] == PIIChar.dot { position -= 1 }
        return position
    }

    private func isCommonWord(_ text: PIIText, _ range: Range<Int>) -> Bool {
        guard range.count <= 5 else { return false }
        var word = ""
        for index in range {
            guard let scalar = Unicode.Scalar(PIIChar.lower(text[index])) else { return false }
            word.unicodeScalars.append(scalar)
        }
        return Self.commonWords.contains(word)
    }

    private static func isWordCharacter(_ c: UInt32) -> Bool { PIIChar.isAlnum(c) || PIIChar.isAlphabeticLetter(c) }

    private static func isLocal(_ c: UInt32) -> Bool {
        isWordCharacter(c) || c == PIIChar.dot || c == PIIChar.underscore || c == PIIChar.dash || c == PIIChar.plus
    }

    private static func isLabel(_ c: UInt32) -> Bool { isWordCharacter(c) || c == PIIChar.dash }
}
