/// RFC 3986 URI / URI-reference grammar (RFC 3987 IRIs when non-ASCII is allowed) and RFC 6570 URI
/// templates, checked character by character.
enum URIGrammar {
    private static let subDelims: Set<Unicode.Scalar> = ["!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "="]
    private static let templateForbidden: Set<Unicode.Scalar> = [" ", "\"", "'", "<", ">", "\\", "^", "`", "|", "}"]
    private static let templateOperators: Set<Unicode.Scalar> = [
        "+", "#", ".", "/", ";", "?", "&", "=", ",", "!", "@", "|",
    ]
    private static let unreservedMarks: Set<Unicode.Scalar> = ["-", ".", "_", "~"]

    /// Whether `text` is a URI (`requireScheme`) or URI reference; IRIs when `allowUnicode`.
    static func isValid(_ text: String, requireScheme: Bool, allowUnicode: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var end = scalars.count
        if let hash = scalars.firstIndex(of: "#") {
            guard valid(scalars[(hash + 1)...], extra: ["/", "?", ":", "@"], unicode: allowUnicode) else {
                return false
            }
            end = hash
        }
        if let question = scalars[..<end].firstIndex(of: "?") {
            guard valid(scalars[(question + 1)..<end], extra: ["/", "?", ":", "@"], unicode: allowUnicode) else {
                return false
            }
            end = question
        }
        var rest = scalars[..<end]
        var hasScheme = false
        if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("/") {
            // A colon before any slash must end a scheme; a relative path's first segment has none.
            guard isScheme(rest[..<colon]) else { return false }
            hasScheme = true
            rest = rest[(colon + 1)...]
        }
        if requireScheme && !hasScheme { return false }
        if rest.starts(with: ["/", "/"]) {
            let authorityStart = rest.startIndex + 2
            let authorityEnd = rest[authorityStart...].firstIndex(of: "/") ?? rest.endIndex
            guard isAuthority(rest[authorityStart..<authorityEnd], unicode: allowUnicode) else { return false }
            rest = rest[authorityEnd...]
        }
        return valid(rest, extra: ["/", ":", "@"], unicode: allowUnicode)
    }

    /// RFC 6570 URI template: literals and `{op var[:n|*],...}` expressions.
    static func isTemplate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "{" {
                guard let close = scalars[i...].firstIndex(of: "}") else { return false }
                guard isExpression(scalars[(i + 1)..<close]) else { return false }
                i = close + 1
            } else if c == "%" {
                guard i + 2 < scalars.count, isHex(scalars[i + 1]), isHex(scalars[i + 2]) else { return false }
                i += 3
            } else {
                guard c.value > 0x20, c.value != 0x7F, !templateForbidden.contains(c) else { return false }
                i += 1
            }
        }
        return true
    }

    private static func isExpression(_ body: ArraySlice<Unicode.Scalar>) -> Bool {
        var body = body
        if let first = body.first, templateOperators.contains(first) { body = body.dropFirst() }
        guard !body.isEmpty else { return false }
        for spec in body.split(separator: ",", omittingEmptySubsequences: false) {
            var name = spec
            if spec.last == "*" {
                name = spec.dropLast()
            } else if let colon = spec.firstIndex(of: ":") {
                let length = spec[(colon + 1)...]
                guard (1...4).contains(length.count), length.first != "0",
                    length.allSatisfy({ ("0"..."9").contains($0) })
                else { return false }
                name = spec[..<colon]
            }
            guard !name.isEmpty, name.first != ".", name.last != ".",
                name.allSatisfy({ isAlphanumeric($0) || $0 == "_" || $0 == "." || $0 == "%" })
            else { return false }
        }
        return true
    }

    private static func isScheme(_ scheme: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scheme.first, isAlpha(first) else { return false }
        return scheme.allSatisfy { isAlphanumeric($0) || $0 == "+" || $0 == "-" || $0 == "." }
    }

    private static func isAuthority(_ authority: ArraySlice<Unicode.Scalar>, unicode: Bool) -> Bool {
        var hostPort = authority
        if let at = authority.firstIndex(of: "@") {
            guard valid(authority[..<at], extra: [":"], unicode: unicode) else { return false }
            hostPort = authority[(at + 1)...]
        }
        var port: ArraySlice<Unicode.Scalar> = []
        if hostPort.first == "[" {
            guard let close = hostPort.firstIndex(of: "]") else { return false }
            guard isIPLiteral(hostPort[(hostPort.startIndex + 1)..<close]) else { return false }
            let after = hostPort[(close + 1)...]
            if !after.isEmpty {
                guard after.first == ":" else { return false }
                port = after.dropFirst()
            }
        } else {
            var host = hostPort
            if let colon = hostPort.firstIndex(of: ":") {
                host = hostPort[..<colon]
                port = hostPort[(colon + 1)...]
            }
            guard valid(host, extra: [], unicode: unicode) else { return false }
        }
        return port.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func isIPLiteral(_ literal: ArraySlice<Unicode.Scalar>) -> Bool {
        if let first = literal.first, first == "v" || first == "V" {
            guard let dot = literal.firstIndex(of: "."), dot > literal.startIndex + 1,
                literal[(literal.startIndex + 1)..<dot].allSatisfy(isHex), dot + 1 < literal.endIndex
            else { return false }
            return literal[(dot + 1)...].allSatisfy {
                isAlphanumeric($0) || unreservedMarks.contains($0) || subDelims.contains($0) || $0 == ":"
            }
        }
        guard literal.allSatisfy({ $0.isASCII }) else { return false }
        return FormatValidators.isIPv6(ArraySlice(literal.map { UInt8($0.value) }))
    }

    /// Every character is unreserved, a sub-delimiter, one of `extra`, or a valid %XX escape.
    private static func valid(_ part: ArraySlice<Unicode.Scalar>, extra: Set<Unicode.Scalar>, unicode: Bool) -> Bool {
        var i = part.startIndex
        while i < part.endIndex {
            let c = part[i]
            if c == "%" {
                guard i + 2 < part.endIndex, isHex(part[i + 1]), isHex(part[i + 2]) else { return false }
                i += 3
                continue
            }
            let allowed =
                isAlphanumeric(c) || unreservedMarks.contains(c) || subDelims.contains(c) || extra.contains(c)
                || (unicode && isUCSChar(c))
            guard allowed else { return false }
            i += 1
        }
        return true
    }

    /// RFC 3987 ucschar / iprivate (non-ASCII letters allowed in IRIs).
    private static func isUCSChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        guard v >= 0xA0 else { return false }
        if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return false }
        return true
    }

    private static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        isAlpha(c) || ("0"..."9").contains(c)
    }

    private static func isHex(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c)
    }
}
