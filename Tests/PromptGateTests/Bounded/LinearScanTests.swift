import Foundation
import Testing

@testable import PromptGate

/// The template-leak scan and the PII overlap resolution stay linear in their input: adversarial
/// replies that used to take minutes (100 KB of `{`, 300,000 e-mail addresses on one line) finish in
/// well under a second. These tests only guard against the quadratic scans coming back (a limit of
/// 20 s, far above a linear scan even on a loaded machine and far below a quadratic one); the time
/// per byte is measured by `promptgate-bench scoring` (1 KB / 100 KB / 1 MB, per byte must stay flat).
@Suite(.serialized) struct LinearScanTests {
    /// 400 KB of each shape that used to make the scan quadratic.
    @Test(arguments: ["{", "{ ", "{{x", "{ text"])
    func templateLeakScanOfAnAdversarialReplyFinishes(_ unit: String) {
        let reply = String(repeating: unit, count: 400_000 / unit.utf8.count)
        let output = ScorerInput.output(reply, messages: [ChatMessage(role: .user, content: reply)])
        let start = monotonicNow()
        _ = TemplateLeakScorer().score(output, for: ScorerInput.testCase(expected: nil, vars: ["text": .string("x")]))
        let seconds = monotonicNow() - start
        #expect(seconds < 20, "400 KB of \(unit): \(seconds) s")
    }

    @Test func templateLeaksAreStillFound() {
        let found = TemplateLeakScorer().leaks(
            in: String(repeating: "{", count: 10_000) + "Hi {{customer_name}} and { text }", names: ["text"])
        #expect(found == ["{{customer_name}}", "{ text }"])
    }

    /// 40,000 addresses on one line: every one found, without the quadratic overlap resolution.
    @Test func scanningManyEmailAddressesOnOneLineFinishes() {
        let count = 40_000
        let line = (0..<count).map { "u\($0)@example.org" }.joined(separator: " ")
        let start = monotonicNow()
        #expect(PIIScanner(types: [.email]).scan(line).count == count)
        let seconds = monotonicNow() - start
        #expect(seconds < 20, "\(count) addresses: \(seconds) s")
    }

    /// The linear resolver keeps exactly what the quadratic definition keeps.
    @Test func overlapResolutionMatchesTheDefinition() {
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<300 {
            let matches = (0..<Int.random(in: 0...40, using: &generator)).map { _ -> PIIMatch in
                let start = Int.random(in: 0...60, using: &generator)
                return PIIMatch(
                    type: PIIType.allCases.randomElement(using: &generator) ?? .email, start: start,
                    end: start + Int.random(in: 0...12, using: &generator),
                    priority: Int.random(in: 0...3, using: &generator))
            }
            #expect(PIIOverlapResolver.resolve(matches) == Self.definition(matches))
        }
    }

    private static func definition(_ matches: [PIIMatch]) -> [PIIMatch] {
        if matches.count < 2 { return matches }
        let ordered = matches.sorted { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            return a.start < b.start
        }
        var kept: [PIIMatch] = []
        for candidate in ordered where !kept.contains(where: { $0.start < candidate.end && candidate.start < $0.end }) {
            kept.append(candidate)
        }
        return kept.sorted { $0.start < $1.start }
    }
}
