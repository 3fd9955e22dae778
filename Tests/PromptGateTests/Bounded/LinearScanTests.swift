import Foundation
import Testing

@testable import PromptGate

/// The template-leak scan and the PII overlap resolution cost time linear in their input: adversarial
/// replies that used to take minutes (100 KB of `{`, 300,000 e-mail addresses on one line) finish fast
/// and scale linearly.
@Suite(.serialized) struct LinearScanTests {
    /// Four times the reply must take about four times as long (sixteen, when it was quadratic); a
    /// megabyte of `{` in the reply and in a case variable took minutes before.
    @Test(arguments: ["{", "{ ", "{{x", "{ text"])
    func templateLeakScanIsLinear(_ unit: String) {
        func seconds(_ bytes: Int) -> Double {
            let reply = String(repeating: unit, count: bytes / unit.utf8.count)
            let output = ScorerInput.output(reply, messages: [ChatMessage(role: .user, content: reply)])
            return Self.fastest {
                _ = TemplateLeakScorer().score(
                    output, for: ScorerInput.testCase(expected: nil, vars: ["text": .string("x")]))
            }
        }
        _ = seconds(10_000)
        let small = seconds(100_000), large = seconds(400_000)
        #expect(large / small < 8, "100 KB: \(small) s, 400 KB: \(large) s")
        #expect(large < 30)
    }

    @Test func templateLeaksAreStillFound() {
        let found = TemplateLeakScorer().leaks(
            in: String(repeating: "{", count: 10_000) + "Hi {{customer_name}} and { text }", names: ["text"])
        #expect(found == ["{{customer_name}}", "{ text }"])
    }

    /// Four times the addresses must take about four times as long (sixteen, when it was quadratic).
    @Test func scanningManyEmailAddressesOnOneLineIsLinear() {
        func seconds(_ count: Int) -> Double {
            let line = (0..<count).map { "u\($0)@example.org" }.joined(separator: " ")
            return Self.fastest { #expect(PIIScanner(types: [.email]).scan(line).count == count) }
        }
        let small = seconds(5_000), large = seconds(20_000)
        #expect(large / small < 8, "10,000 addresses: \(small) s, 40,000: \(large) s")
    }

    /// The fastest of three timings of `body`, in seconds (the machine is shared and noisy).
    static func fastest(_ body: () -> Void) -> Double {
        (0..<3).map { _ in
            let start = monotonicNow()
            body()
            return monotonicNow() - start
        }.min() ?? 0
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
