import PromptGate
import Testing

/// Reference outputs come from an independent Python implementation of SplitMix64 and
/// xoshiro256** written from the published algorithms (Scripts/reference_values.py).
@Suite("SeededGenerator")
struct SeededGeneratorTests {
    @Test(arguments: [
        (
            UInt64(0),
            [11091344671253066420, 13793997310169335082, 1900383378846508768, 7684712102626143532] as [UInt64]
        ),
        (UInt64(42), [1546998764402558742, 6990951692964543102, 12544586762248559009, 17057574109182124193]),
        (
            PairedBootstrap.defaultSeed,
            [12098583692538935021, 18207835725842191254, 5443879110846593101, 16754939966051839349]
        ),
    ])
    func matchesReferenceStream(seed: UInt64, expected: [UInt64]) {
        var generator = SeededGenerator(seed: seed)
        #expect((0..<4).map { _ in generator.next() } == expected)
    }

    @Test func boundedIndexesMatchReference() {
        var generator = SeededGenerator(seed: 7)
        #expect((0..<12).map { _ in generator.nextIndex(below: 10) } == [7, 2, 8, 9, 9, 8, 0, 1, 4, 1, 5, 7])
    }

    @Test func unitDoublesMatchReference() {
        var generator = SeededGenerator(seed: 7)
        let values = (0..<3).map { _ in generator.nextUnitDouble() }
        #expect(values == [0.7005764821796896, 0.2787512294737843, 0.8396274618764198])
    }

    @Test func sameSeedSameStreamDifferentSeedDifferentStream() {
        var first = SeededGenerator(seed: 123)
        var second = SeededGenerator(seed: 123)
        var other = SeededGenerator(seed: 124)
        let a = (0..<100).map { _ in first.next() }
        #expect(a == (0..<100).map { _ in second.next() })
        #expect(a != (0..<100).map { _ in other.next() })
    }

    @Test func boundedIndexesAreRoughlyUniform() {
        var generator = SeededGenerator(seed: 2024)
        var counts = [Int](repeating: 0, count: 7)
        let draws = 70_000
        for _ in 0..<draws { counts[generator.nextIndex(below: 7)] += 1 }
        // Chi-square with 6 degrees of freedom; 22.46 is the 0.999 quantile (scipy.stats.chi2.ppf(0.999, 6)).
        let expected = Double(draws) / 7
        let chiSquare = counts.reduce(0.0) { $0 + (Double($1) - expected) * (Double($1) - expected) / expected }
        #expect(chiSquare < 22.46)
        #expect(generator.nextIndex(below: 0) == 0)
    }

    @Test func derivedSeedsDifferByStream() {
        #expect(SeededGenerator.seed(1, stream: 0) != SeededGenerator.seed(1, stream: 1))
        #expect(SeededGenerator.seed(1, stream: 5) == SeededGenerator.seed(1, stream: 5))
    }
}
