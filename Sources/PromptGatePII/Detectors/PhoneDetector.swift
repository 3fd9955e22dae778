/// Finds phone numbers in international ("+CC ...", "00CC ...") and national formats: North
/// American (NXX) NXX-XXXX and variants, trunk-0 national numbers (UK, DE, FR, NL, IT, AU, JP,
/// IL, ...), Chinese mobiles (1XX XXXX XXXX) and Indian mobiles (XXXXX XXXXX). Numbers need
/// 7-15 digits and a plausible grouping; separator-less digit runs need a phone keyword; a
/// nearer keyword such as "order" or "ISBN", or a table column so labelled, vetoes a match.
/// A number may touch a phone keyword ("Tel020 7946 0123", "Tel.+44 ...").
struct PhoneDetector: PIIDetector {
    var types: Set<PIIType> { [.phone] }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var chain = PhoneChain()
        var columns = ParagraphLabels(keywords: PhoneKeywords.negative)
        var index = 0
        while index < text.count {
            let c = text[index]
            let opensChain =
                PIIChar.isDigit(c)
                || ((c == PIIChar.plus || c == PIIChar.openParen) && PIIChar.isDigit(text[index + 1]))
            guard opensChain, mayStart(text, at: index) else {
                index += 1
                continue
            }
            guard PhoneChain.read(text, at: index, into: &chain) else {
                index = skipNumber(text, from: index)
                continue
            }
            if mayEnd(text, at: chain.end), isPlausible(chain, text: text, start: index),
                columns.verdict(at: index, in: text) != .labelledColumn
            {
                matches.append(PIIMatch(type: .phone, start: index, end: chain.end, priority: 40))
            }
            index = max(chain.end, index + 1)
        }
    }

    private func skipNumber(_ text: PIIText, from index: Int) -> Int {
        var position = index + 1
        while PIIChar.isDigit(text[position]) || PIIChar.isChainSeparator(text[position])
            || text[position] == PIIChar.space
        {
            position += 1
        }
        return position
    }

    private func mayStart(_ text: PIIText, at index: Int) -> Bool {
        let previous = text[index - 1]
        // "+CC" is a strong signal; it only has to be a token of its own ("tel:+1..." is fine).
        if text[index] == PIIChar.plus { return !PIIChar.isWord(previous) || isGluedToKeyword(text, at: index) }
        if previous == PIIChar.plus || previous == 0x24 || previous == 0x23 || previous == 0x20AC || previous == 0xA3 {
            return false  // "+" handled by the chain; "$", "#", "€", "£" introduce amounts and ids
        }
        guard text.numberMayStart(at: index) || isGluedToKeyword(text, at: index) else { return false }
        // "NL91 ABNA 0417 1643 00": digits after a four-character code group are an IBAN tail.
        if previous == PIIChar.space, isCodeGroup(text, endingAt: index - 2) { return false }
        return true
    }

    /// "Tel020 ...", "Tel.020 ...", "Mob:07700 ...": a phone keyword right before the number,
    /// with at most one "." or ":" between.
    private func isGluedToKeyword(_ text: PIIText, at index: Int) -> Bool {
        let previous = text[index - 1]
        guard PIIChar.isLetter(previous) || previous == PIIChar.dot || previous == PIIChar.colon else { return false }
        return PhoneKeywords.positive.occurs(before: index, window: 2, in: text)
    }

    private func isCodeGroup(_ text: PIIText, endingAt last: Int) -> Bool {
        var hasLetter = false
        for offset in 0..<4 {
            let c = text[last - offset]
            guard PIIChar.isDigit(c) || PIIChar.isUpper(c) else { return false }
            hasLetter = hasLetter || PIIChar.isUpper(c)
        }
        return hasLetter && !PIIChar.isWord(text[last - 4])
    }

    private func mayEnd(_ text: PIIText, at end: Int) -> Bool {
        let next = text[end]
        if PIIChar.isWord(next) || next == 0x25 /* % */ { return false }
        if (next == PIIChar.colon || next == PIIChar.dot || next == 0x2C) && PIIChar.isDigit(text[end + 1]) {
            return false
        }
        return true
    }

    private func isPlausible(_ chain: PhoneChain, text: PIIText, start: Int) -> Bool {
        let shapeOK: Bool
        if chain.hasPlus {
            shapeOK = isInternational(
                chain, digitCount: chain.digitCount, firstDigit: chain.groups[0].lead.0, countryStart: 0)
        } else if chain.groups.count == 1 && !chain.groups[0].inParentheses {
            return (10...13).contains(chain.digitCount)
                && PhoneKeywords.positive.wins(over: PhoneKeywords.negative, before: start, window: 24, in: text)
        } else if isLocalNorthAmerican(chain) {
            return PhoneKeywords.positive.wins(over: PhoneKeywords.negative, before: start, window: 24, in: text)
        } else if chain.groups[0].count > 2, chain.groups[0].lead.0 == 0, chain.groups[0].lead.1 == 0,
            !chain.groups[0].inParentheses
        {
            shapeOK = isInternational(
                chain, digitCount: chain.digitCount - 2, firstDigit: chain.groups[0].lead.2, countryStart: 2)
        } else {
            shapeOK =
                isNorthAmerican(chain) || isTrunkNational(chain) || isChineseMobile(chain) || isIndianMobile(chain)
        }
        guard shapeOK else { return false }
        return !PhoneKeywords.negative.wins(over: PhoneKeywords.positive, before: start, window: 32, in: text)
    }

    /// "+CC ..." or "00CC ...": 8-15 digits after the prefix, no slashes, sane group sizes.
    private func isInternational(_ chain: PhoneChain, digitCount: Int, firstDigit: Int, countryStart: Int) -> Bool {
        guard (8...15).contains(digitCount), firstDigit > 0, !chain.separators.contains(PIIChar.slash) else {
            return false
        }
        if chain.groups.count == 1 { return countryStart == 0 }
        if chain.groups.first?.inParentheses == true { return false }
        // "+91-9876543210", "+86 13912345678": a country code, then the national number whole.
        if chain.groups.count == 2, chain.groups[0].count - countryStart <= 3 { return chain.groups[1].count <= 12 }
        return chain.groups.allSatisfy { $0.count <= 8 && (!$0.inParentheses || $0.count <= 4) }
    }

    /// NANP: optional leading "1", then [NXX, NXX, XXXX] with N in 2-9.
    private func isNorthAmerican(_ chain: PhoneChain) -> Bool {
        let groups = chain.groups
        var first = 0
        if groups.count == 4, groups[0].count == 1, groups[0].lead.0 == 1, !groups[0].inParentheses { first = 1 }
        guard groups.count - first == 3, groups[first].count == 3, groups[first + 1].count == 3,
            groups[first + 2].count == 4, !groups[first + 1].inParentheses, !groups[first + 2].inParentheses,
            groups[first].lead.0 >= 2, groups[first + 1].lead.0 >= 2,
            !chain.separators.contains(PIIChar.slash)
        else { return false }
        let separator = chain.separators[first]
        if groups[first].inParentheses { return separator == PIIChar.space || separator == 0 }
        return separator != 0
    }

    /// Chinese mobiles grouped 3-4-4 with a space or dash: "139 1234 5678", "139-1234-5678".
    private func isChineseMobile(_ chain: PhoneChain) -> Bool {
        let lead = chain.groups[0].lead
        return chain.hasShape(3, 4, 4) && lead.0 == 1 && lead.1 >= 3 && !chain.groups[0].inParentheses
            && chain.separators.allSatisfy { $0 == chain.separators[0] && ($0 == PIIChar.space || $0 == PIIChar.dash) }
    }

    /// Indian mobiles grouped 5-5, starting with 6-9: "98765 43210".
    private func isIndianMobile(_ chain: PhoneChain) -> Bool {
        chain.hasShape(5, 5) && chain.groups[0].lead.0 >= 6 && !chain.groups[0].inParentheses
            && (chain.separators[0] == PIIChar.space || chain.separators[0] == PIIChar.dash)
    }

    /// Seven-digit NANP local numbers ("555-0147"), accepted only after a phone keyword.
    private func isLocalNorthAmerican(_ chain: PhoneChain) -> Bool {
        chain.hasShape(3, 4) && !chain.groups[0].inParentheses
            && chain.groups[0].lead.0 >= 2
            && (chain.separators[0] == PIIChar.dash || chain.separators[0] == PIIChar.dot)
    }

    /// Trunk-prefix national numbers: "0" + area code, 9-12 digits, groups of two or more.
    private func isTrunkNational(_ chain: PhoneChain) -> Bool {
        let groups = chain.groups
        guard groups.count >= 2, groups[0].count >= 2, groups[0].count <= 5,
            groups[0].lead.0 == 0, groups[0].lead.1 != 0, (9...12).contains(chain.digitCount),
            groups.dropFirst().allSatisfy({ $0.count >= 2 && !$0.inParentheses })
        else { return false }
        let separators = chain.separators
        if separators.contains(PIIChar.dot), !separators.allSatisfy({ $0 == PIIChar.dot }) { return false }
        if separators.dropFirst().contains(PIIChar.slash) { return false }
        if separators.contains(0) { return false }
        // Pairs only ("01 23 45 67 89") is the French layout: exactly five pairs.
        if groups.allSatisfy({ $0.count == 2 }), groups.count != 5 { return false }
        return true
    }
}
