/// Bech32 (BIP-173) and Bech32m (BIP-350) checksums for native SegWit addresses ("bc1...").
package enum Bech32 {
    /// Which checksum constant a string verified with.
    package enum Variant: Sendable { case bech32, bech32m }

    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".unicodeScalars.map(\.value))
    private static let generator: [UInt32] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]

    /// The 5-bit value of a lowercase data character, or -1.
    package static func value(_ c: UInt32) -> Int {
        charset.firstIndex(of: PIIChar.lower(c)) ?? -1
    }

    private static func polymod(_ values: [Int]) -> UInt32 {
        var checksum: UInt32 = 1
        for value in values {
            let top = checksum >> 25
            checksum = (checksum & 0x1ffffff) << 5 ^ UInt32(value)
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 { checksum ^= generator[i] }
        }
        return checksum
    }

    /// Verifies `data` (5-bit values, checksum included) under human-readable part `hrp`.
    package static func verify(hrp: String, data: [Int]) -> Variant? {
        let h = hrp.unicodeScalars.map { Int($0.value) }
        let expanded = h.map { $0 >> 5 } + [0] + h.map { $0 & 31 }
        switch polymod(expanded + data) {
        case 1: return .bech32
        case 0x2bc830a3: return .bech32m
        default: return nil
        }
    }

    /// Regroups 5-bit values into bytes; nil if the padding is invalid.
    static func bytes(from values: ArraySlice<Int>) -> [UInt8]? {
        var accumulator = 0
        var bits = 0
        var result: [UInt8] = []
        for value in values {
            accumulator = ((accumulator << 5) | value) & 0xFFF
            bits += 5
            if bits >= 8 {
                bits -= 8
                result.append(UInt8((accumulator >> bits) & 0xFF))
            }
        }
        guard bits < 5, accumulator & ((1 << bits) - 1) == 0 else { return nil }
        return result
    }
}
