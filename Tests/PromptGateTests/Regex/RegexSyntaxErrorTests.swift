import PromptGate
import Testing

/// Patterns the engine rejects, with the reason and the code point offset it reports.
@Suite("ECMA-262 regex syntax errors")
struct RegexSyntaxErrorTests {
    @Test(
        "invalid patterns name the problem and its offset",
        arguments: [
            (
                "(a)\\1",
                "backreferences (\\1) are not supported: promptgate matches patterns in linear time so a model reply cannot stall a run",
                3
            ),
            ("(?<x>a)\\k<x>", "backreferences (\\k<x>) are not supported", 7),
            ("\\k", "`\\k` must be followed by `<name>`", 0),
            ("(ab", "unbalanced parenthesis: the `(` at offset 0 is never closed", 0),
            ("a(b(c)", "the `(` at offset 1 is never closed", 1),
            ("ab)", "unbalanced parenthesis: this `)` has no matching `(`", 2),
            ("[z-a]", "range out of order in character class: `z-a`", 1),
            ("[\\d-z]", "a class escape such as `\\d` cannot be a range bound", 1),
            ("abc\\", "dangling `\\` at the end of the pattern", 3),
            ("*a", "nothing to repeat: `*` must follow a character, class or group", 0),
            ("a|+", "nothing to repeat", 2),
            ("{2}", "nothing to repeat: `{2}`", 0),
            ("a**", "nothing to repeat", 2),
            ("^*", "nothing to repeat: `*` cannot follow an anchor or lookaround `^`", 1),
            ("(?=a)*", "cannot follow an anchor or lookaround `(?=a)`", 5),
            ("\\b+", "nothing to repeat", 2),
            ("a{2,1}", "numbers out of order in quantifier `{2,1}`", 1),
            ("a{", "lone `{`", 1), ("a{1", "lone `{`", 1), ("a}", "lone `}`", 1), ("]", "lone `]`", 0),
            ("[abc", "unterminated character class: the `[` at offset 0 is never closed", 0),
            ("\\a", "invalid escape `\\a`", 0), ("\\-", "invalid escape `\\-`", 0),
            ("[\\B]", "invalid escape `\\B`", 1),
            ("[\\1]", "invalid escape `\\1`", 1),
            ("\\p{Foo}", "unknown Unicode property `\\p{Foo}`", 0), ("\\p{sc=Foo}", "unknown Unicode property", 0),
            ("\\p{gc=Alphabetic}", "unknown Unicode property", 0),
            ("\\pL", "must be followed by a property in braces", 0),
            ("(?i)a", "invalid group: `(?` must be followed by", 0),
            ("(?<1a>x)", "invalid group name", 3), ("(?<a", "unterminated group name", 0),
            ("(?<>a)", "empty group name", 0),
            ("\\x4", "`\\x` must be followed by exactly two hex digits", 0), ("\\u12", "four hex digits", 0),
            ("\\u{110000}", "beyond the last code point", 0), ("\\u{}", "`\\u{` must be followed by hex digits", 0),
            ("\\c1", "`\\c` must be followed by a letter", 0), ("\\01", "octal escapes are not allowed", 0),
            ("(?:a{1000}){1000}", "pattern too large", 11), ("x(?:a{50}){5000}", "pattern too large", 10),
            ("a{1000}{1000}", "nothing to repeat: `{1000}`", 7),
        ])
    func rejected(_ pattern: String, _ reason: String, _ offset: Int) {
        #expect(throws: RegexSyntaxError.self) { try ECMARegex(pattern) }
        do {
            _ = try ECMARegex(pattern)
        } catch {
            #expect(error.reason.contains(reason), "\(error.reason)")
            #expect(error.offset == offset)
        }
    }

    @Test("the description adds the offset")
    func description() {
        do {
            _ = try ECMARegex("ab(")
            Issue.record("ab( compiled")
        } catch {
            #expect(error.description == "unbalanced parenthesis: the `(` at offset 2 is never closed (at offset 2)")
        }
    }

    @Test("deeply nested groups are rejected, not a stack overflow")
    func nesting() {
        let pattern = String(repeating: "(", count: 300) + "a" + String(repeating: ")", count: 300)
        do {
            _ = try ECMARegex(pattern)
            Issue.record("nesting 300 deep compiled")
        } catch {
            #expect(error.reason.contains("nested more than"))
        }
    }
}
