extension PairedBootstrap {
    /// `count` bootstrap means of `values`, reproducible from `seed` (see `SeededWork`).
    package static func resampledMeans(of values: [Double], count: Int, seed: UInt64) -> [Double] {
        SeededWork.run(repetitions: count, cases: values.count, seed: seed) { count, generator in
            resampledMeans(of: values, count: count, using: &generator)
        }.flatMap { $0 }
    }

    /// Draws `count` bootstrap means of `values` (each the mean of `values.count` draws with
    /// replacement). This is the hot loop: xoshiro256** and Lemire's bounded draw are inlined on
    /// local state, nothing is allocated inside it, and it uses plain `while` loops so that debug
    /// builds (the test suite's simulation) stay fast too. The draws are bit-identical to calling
    /// `generator.nextIndex(below:)` repeatedly, which the tests check against a Python port.
    package static func resampledMeans(
        of values: [Double], count: Int, using generator: inout SeededGenerator
    ) -> [Double] {
        let caseCount = values.count
        let bound = UInt64(caseCount)
        let threshold = (0 &- bound) % bound
        let divisor = Double(caseCount)
        var s0 = generator.s0
        var s1 = generator.s1
        var s2 = generator.s2
        var s3 = generator.s3
        let means = [Double](unsafeUninitializedCapacity: count) { output, initialized in
            values.withUnsafeBufferPointer { source in
                var resample = 0
                while resample < count {
                    var sum = 0.0
                    var drawn = 0
                    while drawn < caseCount {
                        // xoshiro256** step, rotations written out.
                        let scaled = s1 &* 5
                        let random = ((scaled << 7) | (scaled >> 57)) &* 9
                        let shifted = s1 << 17
                        s2 ^= s0
                        s3 ^= s1
                        s1 ^= s2
                        s0 ^= s3
                        s2 ^= shifted
                        s3 = (s3 << 45) | (s3 >> 19)
                        // Lemire: the high word is the index unless the low word falls in the
                        // biased zone, in which case the draw is rejected and repeated.
                        let product = random.multipliedFullWidth(by: bound)
                        if product.low < threshold { continue }
                        sum += source[Int(truncatingIfNeeded: product.high)]
                        drawn &+= 1
                    }
                    output.initializeElement(at: resample, to: sum / divisor)
                    resample &+= 1
                }
            }
            initialized = count
        }
        generator.s0 = s0
        generator.s1 = s1
        generator.s2 = s2
        generator.s3 = s3
        return means
    }
}
