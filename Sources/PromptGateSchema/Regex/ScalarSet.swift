/// A set of Unicode code points: ranges plus Unicode property tests, optionally inverted (`[^...]`,
/// `.`). Membership of ASCII code points is precomputed, so the common case is one bit test.
struct ScalarSet: Sendable {
    /// Sorted, non-overlapping, non-adjacent ranges of code point values.
    let ranges: [ClosedRange<UInt32>]
    /// Property tests (`\p{...}`, `\P{...}`); a code point in any of them is in the set.
    let properties: [UnicodeProperty]
    /// True when the set holds every code point the ranges and properties do not.
    let inverted: Bool
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    /// The highest Unicode code point.
    static let maxScalar: UInt32 = 0x10FFFF

    init(ranges: [ClosedRange<UInt32>], properties: [UnicodeProperty] = [], inverted: Bool = false) {
        self.ranges = Self.normalized(ranges)
        self.properties = properties
        self.inverted = inverted
        var low: UInt64 = 0, high: UInt64 = 0
        for value in UInt32(0)..<128 {
            guard let scalar = Unicode.Scalar(value),
                Self.rawContains(scalar, self.ranges, properties) != inverted
            else { continue }
            if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
        }
        asciiLow = low
        asciiHigh = high
    }

    /// The set of one code point.
    init(_ value: UInt32) {
        self.init(ranges: [value...value])
    }

    /// True when `scalar` is in the set.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh & (1 << UInt64(value - 64)) != 0 }
        return Self.rawContains(scalar, ranges, properties) != inverted
    }

    /// Every code point not in a set made of ranges only (`\D`, `\W`, `\S`).
    var complementOfRanges: ScalarSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound + 1
        }
        if next <= Self.maxScalar { result.append(next...Self.maxScalar) }
        return ScalarSet(ranges: result)
    }

    private static func rawContains(
        _ scalar: Unicode.Scalar, _ ranges: [ClosedRange<UInt32>],
        _ properties: [UnicodeProperty]
    ) -> Bool {
        let value = scalar.value
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else if ranges[middle].lowerBound > value {
                high = middle
            } else {
                return true
            }
        }
        return properties.contains { $0.test(scalar) }
    }

    private static func normalized(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var merged: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}

extension ScalarSet {
    /// `\d`: the ASCII digits only (ECMA-262, not Unicode decimal numbers).
    static let digits = ScalarSet(ranges: [0x30...0x39])
    /// `\w`: ASCII letters, digits and `_`.
    static let word = ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    /// `\s`: ECMA-262 WhiteSpace and LineTerminator code points.
    static let space = ScalarSet(ranges: [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ])
    /// `.`: every code point except the line terminators \n \r U+2028 U+2029.
    static let dot = ScalarSet(ranges: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029], inverted: true)
}
