import PromptGate
import Testing

/// Inputs for the `pii` fuzz target's properties (Fuzz/Targets/PIIFuzz.swift), fed through the
/// public API.
@Suite struct PIIFuzzRegressionTests {
    /// A URL followed by a long run of closing brackets (a degenerate model reply) was trimmed
    /// by recounting the bracket balance of the whole URL for every dropped ")", quadratic in
    /// the run's length: 65,000 of them took over a minute. The balance is now kept current.
    @Test(arguments: [")", "]", ".)"])
    func urlFollowedByLongBracketRunScansInLinearTime(tail: String) {
        let prefix = "see http://a.co/x"
        let text = prefix + String(repeating: tail, count: 65_000 / tail.count)
        let clock = ContinuousClock()
        var entities: [PIIEntity] = []
        let elapsed = clock.measure { entities = PIIScanner().scan(text) }
        #expect(entities == [PIIEntity(type: .url, start: 4, end: prefix.unicodeScalars.count)])
        #expect(elapsed < .seconds(5), "scan took \(elapsed)")
    }

    /// Balanced brackets inside the URL are still kept; only the unbalanced tail is dropped.
    @Test func balancedBracketsStayInsideTheURL() {
        let text = "(see https://en.wikipedia.org/wiki/Swift_(language)))."
        let entities = PIIScanner().scan(text)
        #expect(entities == [PIIEntity(type: .url, start: 5, end: 51)])
    }
}
