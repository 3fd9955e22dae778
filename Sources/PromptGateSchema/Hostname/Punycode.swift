/// RFC 3492 Punycode with the IDNA parameters: decodes the part of an A-label after `xn--` into
/// its code points, and encodes code points back (to measure and round-trip an A-label).
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
    private static let initialBias = 72, initialN = 0x80
    /// Far more than a 63-octet label can need; guards the arithmetic of hostile input.
    private static let maxValue = 0x10FFFF * 64

    /// The code points `text` encodes, or nil when it is not valid Punycode (a bad digit, an
    /// overflow, a code point outside Unicode or a surrogate, or a basic code point that is not ASCII).
    static func decode(_ text: some Collection<UInt8>) -> [Unicode.Scalar]? {
        let bytes = Array(text)
        var output: [UInt32] = []
        var start = 0
        if let delimiter = bytes.lastIndex(of: UInt8(ascii: "-")) {
            for byte in bytes[..<delimiter] {
                guard byte < 0x80 else { return nil }
                output.append(UInt32(byte))
            }
            start = delimiter + 1
        }
        var n = initialN, i = 0, bias = initialBias
        var index = start
        while index < bytes.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard index < bytes.count, let digit = digitValue(bytes[index]) else { return nil }
                index += 1
                guard digit <= (maxValue - i) / w else { return nil }
                i += digit * w
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < t { break }
                guard w <= maxValue / (base - t) else { return nil }
                w *= base - t
                k += base
            }
            let count = output.count + 1
            bias = adapt(delta: i - oldI, count: count, first: oldI == 0)
            guard i / count <= maxValue - n else { return nil }
            n += i / count
            i %= count
            guard n <= 0x10FFFF, !(0xD800...0xDFFF).contains(n) else { return nil }
            output.insert(UInt32(n), at: i)
            i += 1
        }
        return output.compactMap(Unicode.Scalar.init)
    }

    /// The Punycode of `scalars` (without `xn--`), or nil on overflow.
    static func encode(_ scalars: [Unicode.Scalar]) -> [UInt8]? {
        let values = scalars.map { Int($0.value) }
        var output: [UInt8] = values.filter { $0 < 0x80 }.map { UInt8($0) }
        let basicCount = output.count
        var handled = basicCount
        if basicCount > 0 { output.append(UInt8(ascii: "-")) }
        var n = initialN, delta = 0, bias = initialBias
        while handled < values.count {
            guard let m = values.filter({ $0 >= n }).min() else { return nil }
            guard m - n <= (maxValue - delta) / (handled + 1) else { return nil }
            delta += (m - n) * (handled + 1)
            n = m
            for value in values {
                if value < n {
                    delta += 1
                    guard delta <= maxValue else { return nil }
                }
                guard value == n else { continue }
                var q = delta
                var k = base
                while true {
                    let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                    if q < t { break }
                    output.append(digitByte(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.append(digitByte(q))
                bias = adapt(delta: delta, count: handled + 1, first: handled == basicCount)
                delta = 0
                handled += 1
            }
            delta += 1
            n += 1
        }
        return output
    }

    private static func adapt(delta: Int, count: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0")) + 26
        default: return nil
        }
    }

    private static func digitByte(_ digit: Int) -> UInt8 {
        digit < 26 ? UInt8(ascii: "a") + UInt8(digit) : UInt8(ascii: "0") + UInt8(digit - 26)
    }
}
