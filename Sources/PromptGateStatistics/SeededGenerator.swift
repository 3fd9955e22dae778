/// A reproducible random number generator (xoshiro256** seeded through SplitMix64), so every
/// bootstrap interval and simulation result can be replayed exactly from one 64-bit seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    // The four xoshiro256** state words; never all zero (SplitMix64 outputs are distinct).
    var s0: UInt64
    var s1: UInt64
    var s2: UInt64
    var s3: UInt64

    /// Creates a generator whose whole output stream is determined by `seed`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// Returns the next 64 random bits (xoshiro256** by Blackman and Vigna).
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, 7) &* 9
        let shifted = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= shifted
        s3 = Self.rotateLeft(s3, 45)
        return result
    }

    /// Returns a uniform double in [0, 1) built from the top 53 bits, the standard exact conversion.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Returns a uniform integer in `0..<bound` (Lemire's unbiased multiply-shift); `bound` must be > 0,
    /// and 0 is returned otherwise so callers never trap.
    public mutating func nextIndex(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        var product = next().multipliedFullWidth(by: limit)
        while product.low < threshold {
            product = next().multipliedFullWidth(by: limit)
        }
        return Int(product.high)
    }

    /// Derives an independent seed for a sub-stream (a simulation cell, a resampling job) so that
    /// results do not depend on the order in which sub-streams are run.
    public static func seed(_ base: UInt64, stream: UInt64) -> UInt64 {
        var mixer = SplitMix64(state: base ^ (stream &* 0xD1B5_4A32_D192_ED03))
        return mixer.next()
    }

    @inline(__always)
    static func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// SplitMix64 (Steele, Lea, Flood), used only to spread a user seed over the xoshiro state.
struct SplitMix64: Sendable {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
