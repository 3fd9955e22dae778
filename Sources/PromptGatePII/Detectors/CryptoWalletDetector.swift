/// Finds cryptocurrency wallet addresses: Bitcoin Base58Check P2PKH ("1...") and P2SH
/// ("3...") with a verified double-SHA-256 checksum, Bitcoin SegWit "bc1" addresses with a
/// verified Bech32/Bech32m checksum, and Ethereum "0x" + 40 hex digits.
struct CryptoWalletDetector: PIIDetector {
    var types: Set<PIIType> { [.cryptoWallet] }

    func detect(in text: PIIText, into matches: inout [PIIMatch]) {
        var index = 0
        while index < text.count {
            let c = text[index]
            guard c == 0x30 || c == 0x31 || c == 0x33 || c == 0x62 || c == 0x42,
                !PIIChar.isWord(text[index - 1]),
                let end = ethereum(text, at: index) ?? segwit(text, at: index) ?? base58(text, at: index)
            else {
                index += 1
                continue
            }
            matches.append(PIIMatch(type: .cryptoWallet, start: index, end: end, priority: 100))
            index = end
        }
    }

    private func ethereum(_ text: PIIText, at start: Int) -> Int? {
        guard text[start] == 0x30, PIIChar.lower(text[start + 1]) == 0x78 else { return nil }
        var position = start + 2
        while PIIChar.isHex(text[position]), position - start < 43 { position += 1 }
        guard position - start == 42, !PIIChar.isWord(text[position]) else { return nil }
        return position
    }

    private func base58(_ text: PIIText, at start: Int) -> Int? {
        guard text[start] == 0x31 || text[start] == 0x33 else { return nil }
        var position = start
        while Base58Check.digit(text[position]) >= 0, position - start <= 35 { position += 1 }
        let length = position - start
        guard (26...35).contains(length), !PIIChar.isWord(text[position]),
            let payload = Base58Check.verifiedPayload(text.scalars[start..<position]),
            payload.count == 21, payload[0] == 0x00 || payload[0] == 0x05
        else { return nil }
        return position
    }

    private func segwit(_ text: PIIText, at start: Int) -> Int? {
        guard PIIChar.lower(text[start]) == 0x62, PIIChar.lower(text[start + 1]) == 0x63,
            text[start + 2] == 0x31
        else { return nil }
        var values: [Int] = []
        var position = start + 3
        var sawLower = PIIChar.isLowerLetter(text[start])
        var sawUpper = PIIChar.isUpper(text[start])
        while values.count <= 90 {
            let c = text[position]
            let value = Bech32.value(c)
            guard value >= 0, PIIChar.isAlnum(c) else { break }
            sawLower = sawLower || PIIChar.isLowerLetter(c)
            sawUpper = sawUpper || PIIChar.isUpper(c)
            values.append(value)
            position += 1
        }
        guard !(sawLower && sawUpper), (14...74).contains(values.count + 3), !PIIChar.isWord(text[position]),
            let variant = Bech32.verify(hrp: "bc", data: values)
        else { return nil }
        let version = values[0]
        guard version <= 16, let program = Bech32.bytes(from: values[1..<(values.count - 6)]),
            (2...40).contains(program.count)
        else { return nil }
        if version == 0 {
            guard variant == .bech32, program.count == 20 || program.count == 32 else { return nil }
        } else if variant != .bech32m {
            return nil
        }
        return position
    }
}
