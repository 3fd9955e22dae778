import Crypto

/// Base58Check decoding as used by legacy Bitcoin addresses (P2PKH "1...", P2SH "3...").
package enum Base58Check {
    /// Maps an ASCII scalar to its Base58 digit, or -1 (0, O, I and l are not in the alphabet).
    static let digitTable: [Int] = {
        var table = [Int](repeating: -1, count: 128)
        for (value, scalar) in "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".unicodeScalars.enumerated()
        {
            table[Int(scalar.value)] = value
        }
        return table
    }()

    @inline(__always) static func digit(_ c: UInt32) -> Int { c < 128 ? digitTable[Int(c)] : -1 }

    /// Decodes `scalars` to bytes, or nil if a scalar is outside the alphabet.
    static func decode(_ scalars: ArraySlice<UInt32>) -> [UInt8]? {
        var bytes: [UInt8] = []  // little-endian big number
        for scalar in scalars {
            let value = digit(scalar)
            guard value >= 0 else { return nil }
            var carry = value
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        let leadingOnes = scalars.prefix { $0 == 0x31 }.count
        return [UInt8](repeating: 0, count: leadingOnes) + bytes.reversed()
    }

    /// The payload (version byte and hash) when the last four bytes are the first four of
    /// the double SHA-256 of the rest, else nil.
    package static func verifiedPayload(_ scalars: ArraySlice<UInt32>) -> [UInt8]? {
        guard let bytes = decode(scalars), bytes.count > 4 else { return nil }
        let payload = Array(bytes.dropLast(4))
        let checksum = SHA256.hash(data: Array(SHA256.hash(data: payload))).prefix(4)
        return Array(checksum) == Array(bytes.suffix(4)) ? payload : nil
    }
}
