/// Email (RFC 5321 Mailbox), hostname (RFC 1123 / IDNA2008) and IP address (RFC 2673 / RFC 4291) checks.
extension FormatValidators {
    static func isAlphanumeric(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Dotted-quad IPv4: four decimal octets 0-255 without leading zeros.
    static func isIPv4(_ bytes: ArraySlice<UInt8>) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(isDigit),
                !(part.count > 1 && part.first == UInt8(ascii: "0"))
            else { return false }
            let value = part.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard value <= 255 else { return false }
        }
        return true
    }

    /// RFC 4291 textual IPv6: eight 1-4 digit hex groups, one optional "::", optional trailing IPv4.
    static func isIPv6(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 2, bytes.allSatisfy({ isHex($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
        else { return false }
        let text = Array(bytes)
        var sections: [ArraySlice<UInt8>] = [text[...]]
        if let split = firstDoubleColon(text) {
            sections = [text[..<split], text[(split + 2)...]]
            if firstDoubleColon(Array(sections[1])) != nil { return false }
        }
        let compressed = sections.count == 2
        var groups = 0
        for (sectionIndex, section) in sections.enumerated() where !section.isEmpty {
            let fields = section.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            for (i, field) in fields.enumerated() {
                let isFinal = sectionIndex == sections.count - 1 && i == fields.count - 1
                if isFinal && field.contains(UInt8(ascii: ".")) {
                    guard isIPv4(field) else { return false }
                    groups += 2
                } else {
                    guard (1...4).contains(field.count), field.allSatisfy(isHex) else { return false }
                    groups += 1
                }
            }
        }
        return compressed ? groups <= 7 : groups == 8
    }

    private static func firstDoubleColon(_ text: [UInt8]) -> Int? {
        guard text.count >= 2 else { return nil }
        for i in 0..<(text.count - 1) where text[i] == UInt8(ascii: ":") && text[i + 1] == UInt8(ascii: ":") {
            return i
        }
        return nil
    }

    /// RFC 1123 hostname with IDNA2008 A-labels (see `Hostname`).
    static func isHostname(_ bytes: ArraySlice<UInt8>) -> Bool {
        Hostname.isValid(bytes)
    }

    /// RFC 5321 Mailbox: dot-atom or quoted-string local part, "@", then a domain or an [IPv4] /
    /// [IPv6:...] address literal. Comments and folding white space (RFC 5322) are not accepted.
    static func isEmail(_ bytes: [UInt8]) -> Bool {
        var i = 0
        if bytes.first == UInt8(ascii: "\"") {
            i = 1
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") {
                    guard i + 1 < bytes.count, (32...126).contains(bytes[i + 1]) else { return false }
                    i += 2
                } else {
                    guard (32...126).contains(bytes[i]) else { return false }
                    i += 1
                }
            }
            guard i < bytes.count else { return false }
            i += 1
        } else {
            while i < bytes.count, bytes[i] != UInt8(ascii: "@") { i += 1 }
            let local = bytes[..<i]
            guard !local.isEmpty, local.count <= 64 else { return false }
            for atom in local.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                guard !atom.isEmpty, atom.allSatisfy(isAtomText) else { return false }
            }
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "@") else { return false }
        let domain = bytes[(i + 1)...]
        if domain.first == UInt8(ascii: "[") {
            guard domain.last == UInt8(ascii: "]"), domain.count > 2 else { return false }
            let literal = domain.dropFirst().dropLast()
            let tag = Array("ipv6:".utf8)
            if literal.count > tag.count, zip(literal.prefix(tag.count), tag).allSatisfy({ lowercased($0) == $1 }) {
                return isIPv6(literal.dropFirst(tag.count))
            }
            return isIPv4(literal)
        }
        return isHostname(domain)
    }

    private static let atomSymbols = Set("!#$%&'*+-/=?^_`{|}~".utf8)

    private static func isAtomText(_ b: UInt8) -> Bool {
        isAlphanumeric(b) || atomSymbols.contains(b)
    }

    private static func lowercased(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) ? b + 32 : b
    }
}
