extension SecretRedactor {
    /// `bytes` with every occurrence of every secret replaced by `mask`, before any decoding,
    /// cutting or flattening can split a secret and let part of it through.
    public func redact(bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for secret in secretBytes where !result.isEmpty {
            result = Self.replacing(secret, in: result)
        }
        return result
    }

    private static func replacing(_ secret: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let first = secret.first, bytes.count >= secret.count else { return bytes }
        var out: [UInt8] = []
        var i = 0, copied = 0
        while i + secret.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + secret.count)].elementsEqual(secret) {
                if out.isEmpty { out.reserveCapacity(bytes.count) }
                out += bytes[copied..<i]
                out += Array(mask.utf8)
                i += secret.count
                copied = i
            } else {
                i += 1
            }
        }
        guard copied > 0 else { return bytes }
        out += bytes[copied...]
        return out
    }
}
