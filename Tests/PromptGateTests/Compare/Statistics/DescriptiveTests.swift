import PromptGate
import Testing

@Suite("Descriptive statistics")
struct DescriptiveTests {
    static let a: [Double] = [3, 1, 4, 1, 5, 9, 2, 6]
    static let b: [Double] = [0.5]
    static let c: [Double] = [-2.5, 10, 0.1, 7.25, 7.25, -0.3, 3.3]

    /// Expected values: `numpy.percentile(values, q)` with NumPy 2.4.6 (default method "linear").
    static let numpyReference: [([Double], Double, Double)] = [
        (a, 0, 1.0), (a, 2.5, 1.0), (a, 10, 1.0), (a, 25, 1.75), (a, 50, 3.5), (a, 62.5, 4.375),
        (a, 90, 6.8999999999999995), (a, 97.5, 8.475000000000001), (a, 100, 9.0),
        (b, 0, 0.5), (b, 50, 0.5), (b, 97.5, 0.5), (b, 100, 0.5),
        (c, 0, -2.5), (c, 2.5, -2.17), (c, 10, -1.18), (c, 25, -0.1), (c, 50, 3.3), (c, 62.5, 6.2625),
        (c, 90, 8.350000000000001), (c, 97.5, 9.587499999999999), (c, 100, 10.0),
    ]

    @Test("percentile matches numpy.percentile", arguments: numpyReference)
    func percentileMatchesNumpy(values: [Double], percent: Double, expected: Double) throws {
        let value = try Descriptive.percentile(values, percent)
        #expect(abs(value - expected) <= 1e-12 * max(1, abs(expected)), "q=\(percent): \(value) vs \(expected)")
    }

    @Test func percentileRejectsBadInput() {
        #expect(throws: StatisticsError.empty(what: "values for the percentile")) { try Descriptive.percentile([], 50) }
        #expect(throws: StatisticsError.percentileOutOfRange(101)) { try Descriptive.percentile([1], 101) }
        #expect(throws: StatisticsError.percentileOutOfRange(-1)) { try Descriptive.percentile([1], -1) }
    }

    @Test func mean() throws {
        #expect(try Descriptive.mean([1, 2, 3, 4]) == 2.5)
        #expect(throws: StatisticsError.self) { try Descriptive.mean([]) }
    }
}
