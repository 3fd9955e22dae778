/// Finds web and FTP URLs: "http://", "https://", "ftp://", a "www." host or (unless the form
/// policy excludes them) a bare domain such as "example.com" or "shop.example.co.uk/returns",
/// up to the last character that belongs to the URL (trailing punctuation and unbalanced ")"
/// excluded). A host right after "@" is an e-mail domain and is left alone.
struct URLDetector: PIIDetector {
    var types: Set<PIIType> { [.url] }
    /// Whether hosts without a scheme or "www." are reported.
    let reportsBareDomains: Bool

    private static let schemes = ["https://", "http://", "ftp://"].map(PIIChar.scalars)
    private static let www = PIIChar.scalars("www.")
    private static let localhost = PIIChar.scalars("localhost")

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var index = 0
        while index < text.count {
            let c = text[index]
            guard PIIChar.isAlnum(c) || PIIChar.isIRILetter(c), !PIIChar.isWord(text[index - 1]) else {
                index += 1
                continue
            }
            if let end = match(text, at: index) {
                matches.append(PIIMatch(type: .url, start: index, end: end, priority: 50))
                index = end
            } else {
                index += 1
            }
        }
    }

    private func match(_ text: PIIText, at start: Int) -> Int? {
        var hostStart = -1
        for scheme in Self.schemes where text.matches(scheme, at: start) {
            hostStart = start + scheme.count
            break
        }
        if hostStart < 0 {
            let previous = text[start - 1]
            guard previous != PIIChar.at, previous != PIIChar.dot, previous != PIIChar.slash,
                previous != PIIChar.dash, previous != 0x5C /* \\ */
            else { return nil }
            guard text.matches(Self.www, at: start) else {
                // A bare domain starts a token of its own (this also keeps the scan linear).
                guard reportsBareDomains, !PIIChar.isIRILetter(previous) else { return nil }
                return bareDomain(text, at: start)
            }
            hostStart = start
        }
        if hostStart > start { hostStart = skipUserInfo(text, from: hostStart) }
        guard let hostEnd = hostEnd(text, from: hostStart, requireDot: hostStart == start) else { return nil }
        var end = hostEnd
        while Self.isURLCharacter(text[end]) { end += 1 }
        return trimTrailing(text, start: start, end: end, minimum: hostEnd)
    }

    /// A host without scheme or "www.": two or more labels ending in a lowercase top-level
    /// domain that domains commonly use and file names do not ("example.com", not "main.py"
    /// or "ASP.NET"), under a name that is not all digits, not followed by "@"; a path may
    /// follow after "/".
    private func bareDomain(_ text: PIIText, at start: Int) -> Int? {
        guard let hostEnd = hostEnd(text, from: start, requireDot: true), text[hostEnd] != PIIChar.at else {
            return nil
        }
        var tldStart = hostEnd
        while text[tldStart - 1] != PIIChar.dot { tldStart -= 1 }
        var labelStart = tldStart - 1
        while labelStart > start, text[labelStart - 1] != PIIChar.dot { labelStart -= 1 }
        // "3.2.com" is a section number: the name under the suffix needs a letter.
        guard TopLevelDomains.isBareDomainSuffix(text.scalars[tldStart..<hostEnd]),
            text.scalars[labelStart..<(tldStart - 1)].contains(where: { !PIIChar.isDigit($0) && $0 != PIIChar.dash })
        else { return nil }
        guard text[hostEnd] == PIIChar.slash else { return hostEnd }
        var end = hostEnd
        while Self.isURLCharacter(text[end]) { end += 1 }
        return trimTrailing(text, start: start, end: end, minimum: hostEnd)
    }

    /// Skips "user:password@" in front of the host, if present.
    private func skipUserInfo(_ text: PIIText, from start: Int) -> Int {
        var position = start
        while position - start < 64 {
            let c = text[position]
            if c == PIIChar.at { return position + 1 }
            guard
                PIIChar.isAlnum(c) || c == PIIChar.colon || c == PIIChar.dot || c == PIIChar.dash
                    || c == PIIChar.underscore || c == 0x25
            else { return start }
            position += 1
        }
        return start
    }

    /// The host: labels of letters, digits and hyphens (or a bracketed IPv6 literal).
    private func hostEnd(_ text: PIIText, from start: Int, requireDot: Bool) -> Int? {
        var position = start
        if text[position] == 0x5B {  // "[" IPv6 literal
            while PIIChar.isHex(text[position + 1]) || text[position + 1] == PIIChar.colon { position += 1 }
            return text[position + 1] == 0x5D ? position + 2 : nil
        }
        var dots = 0
        var labelLength = 0
        while true {
            let c = text[position]
            if PIIChar.isAlnum(c) || c == PIIChar.dash || PIIChar.isIRILetter(c) {
                labelLength += 1
            } else if c == PIIChar.dot, labelLength > 0,
                PIIChar.isAlnum(text[position + 1]) || PIIChar.isIRILetter(text[position + 1])
            {
                dots += 1
                labelLength = 0
            } else {
                break
            }
            position += 1
        }
        guard labelLength > 0, dots > 0 || !requireDot && text.matches(Self.localhost, at: start) else { return nil }
        return position
    }

    /// Characters that may appear after the host (path, query, fragment, port).
    private static func isURLCharacter(_ c: UInt32) -> Bool {
        if PIIChar.isAlnum(c) { return true }
        if PIIChar.isIRILetter(c) { return true }
        switch c {
        case 0x2D, 0x2E, 0x5F, 0x7E, 0x3A, 0x2F, 0x3F, 0x23, 0x5B, 0x5D, 0x40, 0x21, 0x24, 0x26,
            0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x3B, 0x3D, 0x25:
            return true
        default:
            return false
        }
    }

    /// Drops sentence punctuation and unbalanced closing brackets from the end.
    /// The bracket balances are counted once and updated as characters are dropped, so a URL
    /// followed by a long run of ")" is trimmed in linear time, not quadratic.
    private func trimTrailing(_ text: PIIText, start: Int, end: Int, minimum: Int) -> Int {
        var end = end
        var parentheses = balance(text, start, end, open: PIIChar.openParen, close: PIIChar.closeParen)
        var brackets = balance(text, start, end, open: 0x5B, close: 0x5D)
        while end > minimum {
            let last = text[end - 1]
            switch last {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2A:
                end -= 1
            case PIIChar.closeParen where parentheses < 0:
                parentheses += 1
                end -= 1
            case 0x5D where brackets < 0:
                brackets += 1
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    private func balance(_ text: PIIText, _ start: Int, _ end: Int, open: UInt32, close: UInt32) -> Int {
        var depth = 0
        for index in start..<end {
            if text[index] == open { depth += 1 } else if text[index] == close { depth -= 1 }
        }
        return depth
    }
}
