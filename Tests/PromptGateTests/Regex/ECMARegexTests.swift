import PromptGate
import Testing

/// The linear-time engine against ECMA-262 (Unicode mode) semantics, one syntax element per row:
/// `pattern` is searched anywhere in `text`, as JSON Schema `pattern` does.
@Suite("ECMA-262 regex engine")
struct ECMARegexTests {
    @Test(
        "literals, dot and code points",
        arguments: [
            ("abc", "xabcx", true), ("abc", "abd", false), ("", "anything", true), ("", "", true),
            ("a.c", "abc", true), ("a.c", "a\nc", false), ("a.c", "a\rc", false), ("a.c", "a\u{2028}c", false),
            ("a.c", "a\u{2029}c", false), ("a.c", "a\tc", true), ("^.$", "😀", true), ("^..$", "😀", false),
            ("^.$", "e\u{301}", false), ("^..$", "e\u{301}", true), ("^😀{2}$", "😀😀", true), ("^[😀]$", "😀", true),
        ])
    func basics(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "character classes",
        arguments: [
            ("^[abc]+$", "cab", true), ("^[a-z]+$", "hello", true), ("^[a-z]+$", "Hello", false),
            ("^[^a-z]+$", "AB1", true),
            ("^[^a-z]$", "q", false), ("[]", "a", false), ("[]", "", false), ("^[^]$", "\n", true),
            ("^[^]$", "😀", true),
            ("^[a-]$", "-", true), ("^[-a]$", "-", true), ("^[a-c-e]$", "-", true), ("^[a-c-e]$", "d", false),
            ("^[\\w.-]+$", "a.b-c", true), ("^[\\D]$", "x", true), ("^[\\D]$", "5", false), ("^[\\b]$", "\u{8}", true),
            ("^[\\-]$", "-", true), ("^[\\u0041-\\u005A]+$", "XYZ", true), ("^[😀-😂]$", "😁", true),
            ("^[😀-😂]$", "😃", false),
            ("^[^\\W\\d]+$", "abc_", true), ("^[^\\W\\d]+$", "ab1", false), ("[a[]", "[", true), ("^[&&]$", "&", true),
            ("^[.]$", "x", false), ("^[$^]+$", "^$", true), ("^[\\]]$", "]", true),
        ])
    func classes(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "class escapes have their ASCII / ECMA-262 meanings",
        arguments: [
            ("^\\d+$", "0123456789", true), ("^\\d$", "\u{663}", false), ("^\\d$", "５", false), ("^\\D$", "a", true),
            ("^\\w+$", "a_Z9", true), ("^\\w$", "é", false), ("^\\W$", "é", true), ("^\\W$", "_", false),
            ("^\\s+$", " \t\n\r\u{0B}\u{0C}", true), ("^\\s$", "\u{A0}", true), ("^\\s$", "\u{1680}", true),
            ("^\\s$", "\u{2000}", true), ("^\\s$", "\u{200A}", true), ("^\\s$", "\u{2028}", true),
            ("^\\s$", "\u{2029}", true),
            ("^\\s$", "\u{202F}", true), ("^\\s$", "\u{205F}", true), ("^\\s$", "\u{3000}", true),
            ("^\\s$", "\u{FEFF}", true),
            ("^\\s$", "\u{200B}", false), ("^\\s$", "\u{85}", false), ("^\\S$", "a", true), ("^\\S$", " ", false),
        ])
    func classEscapes(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "character escapes",
        arguments: [
            ("^\\t\\n\\r\\f\\v$", "\t\n\r\u{0C}\u{0B}", true), ("^\\0$", "\0", true), ("^\\x41$", "A", true),
            ("^\\u0041$", "A", true), ("^\\u{1F600}$", "😀", true), ("^\\u{41}$", "A", true),
            ("^\\uD83D\\uDE00$", "😀", true),
            ("^\\cJ$", "\n", true), ("^\\ca$", "\u{1}", true),
            ("^\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/$", "^$\\.*+?()[]{}|/", true),
        ])
    func characterEscapes(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "Unicode properties",
        arguments: [
            ("^\\p{L}+$", "héllo", true), ("^\\p{Letter}+$", "Ωmega", true), ("^\\p{Lu}$", "É", true),
            ("^\\p{Lu}$", "é", false),
            ("^\\p{Ll}$", "é", true), ("^\\p{Nd}+$", "\u{663}5", true), ("^\\p{N}$", "½", true),
            ("^\\p{P}$", "¿", true),
            ("^\\p{Punctuation}$", "!", true), ("^\\p{gc=Sc}$", "€", true),
            ("^\\p{General_Category=Decimal_Number}$", "7", true),
            ("^\\P{L}$", "1", true), ("^\\P{L}$", "a", false), ("^[\\p{L}\\d]+$", "ab12", true),
            ("^[^\\p{L}]$", "a", false),
            ("^[\\P{L}]$", "a", false), ("^\\p{Alphabetic}$", "ж", true), ("^\\p{White_Space}$", "\u{85}", true),
            ("^\\p{ASCII}+$", "abc", true), ("^\\p{ASCII}$", "é", false), ("^\\p{Any}$", "😀", true),
            ("^\\p{Emoji_Presentation}$", "😀", true),
            ("^\\p{Uppercase}$", "A", true), ("^\\p{Script=Latin}+$", "Straße", true), ("^\\p{sc=Greek}$", "Ω", true),
            ("^\\p{sc=Greek}$", "a", false), ("^\\P{sc=Greek}$", "a", true), ("^\\p{scx=Greek}$", "Ω", true),
        ])
    func properties(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "anchors and word boundaries",
        arguments: [
            ("^abc", "abcd", true), ("^abc", "xabc", false), ("abc$", "xabc", true), ("abc$", "abc\n", false),
            ("^$", "", true), ("^$", "\n", false), ("a^b", "ab", false), ("a|^b", "cb", false),
            ("\\bcat\\b", "a cat!", true),
            ("\\bcat\\b", "concat", false), ("\\Bcat", "concat", true), ("\\Bcat", "cat", false), ("\\bé", " é", false),
            ("^\\b$", "", false), ("^\\B$", "", true),
        ])
    func anchors(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "groups, alternation and quantifiers",
        arguments: [
            ("^(ab)+$", "ababab", true), ("^(ab)+$", "aba", false), ("^(?:ab|cd)+$", "abcdab", true),
            ("^(?<year>\\d{4})-(?<month>\\d{2})$", "2024-03", true), ("^(a|b|c)$", "b", true), ("^(a|)$", "", true),
            ("^(|a)+$", "aaa", true), ("cat|dog", "hotdog", true), ("^cat|dog$", "catalog", true),
            ("^(cat|dog)$", "catalog", false),
            ("^a*$", "", true), ("^a+$", "", false), ("^a?b$", "b", true), ("^a{3}$", "aaa", true),
            ("^a{3}$", "aa", false),
            ("^a{3}$", "aaaa", false), ("^a{2,}$", "aaaaa", true), ("^a{2,}$", "a", false), ("^a{2,3}$", "aaa", true),
            ("^a{2,3}$", "aaaa", false), ("^a{0}$", "", true), ("^a*?b$", "aab", true), ("^a+?$", "aa", true),
            ("^a??$", "", true),
            ("^a{2,3}?$", "aa", true), ("^(a*)*$", "aaa", true), ("^(a*)+b$", "aaab", true),
            ("^(?:a{2}){3}$", "aaaaaa", true),
            ("^(?:a{2}){3}$", "aaaaa", false), ("^(?:a|ab)(?:c|bcd)$", "abcd", true),
        ])
    func structure(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "lookahead and lookbehind",
        arguments: [
            ("^(?!N/A$)", "N/A", false), ("^(?!N/A$)", "N/A ", true), ("^(?!N/A$)", "Paris", true),
            ("^(?=.*\\d)(?=.*[a-z]).{8,}$", "abcd1234", true), ("^(?=.*\\d)(?=.*[a-z]).{8,}$", "abcdefgh", false),
            ("foo(?=bar)", "foobar", true), ("foo(?=bar)", "foobaz", false), ("foo(?!bar)", "foobar", false),
            ("foo(?!bar)", "foobaz", true), ("(?<=\\$)\\d+", "cost: $42", true), ("(?<=\\$)\\d+", "cost: 42", false),
            ("(?<!\\$)\\b\\d+", "$42", false), ("(?<!\\$)\\b\\d+", "42", true), ("(?<=^|,)x", "a,x", true),
            ("(?<=^|,)x", "ax", false),
            ("(?<=ab+)c", "abbbc", true), ("(?<=ab+)c", "bbbc", false), ("^(?=(?<=^)a)a$", "a", true),
            ("(?<=(?=ab)a)b", "ab", true),
            ("(?<=a(?!b))c", "ac", true), ("(?<=a(?!c))c", "ac", false), ("^(?:(?=\\w)\\w)+$", "abc", true),
            ("^(?:(?=\\w)\\w)+$", "ab-", false), ("(?<!^)x", "x", false), ("(?<!^)x", "ax", true),
            ("(?=$)", "abc", true),
        ])
    func lookarounds(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test(
        "whole-text scope (field matchers) anchors every alternative at both ends",
        arguments: [
            ("\\d+", "123", true), ("\\d+", "123a", false), ("\\d+", "a123", false), ("a|b", "a", true),
            ("a|b", "ab", false),
            ("^a$", "a", true), ("(?<=a)b", "ab", false), ("a(?=b)", "a", false), ("", "", true), ("", "x", false),
        ])
    func wholeText(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern, scope: .wholeText).matches(text) == expected)
    }

    @Test(
        "isValid agrees with init, including script names, without running anything",
        arguments: [
            ("^\\p{sc=Greek}+$", true), ("\\p{Script_Extensions=Greek}", true), ("\\p{sc=Klingon}", false),
            ("(a)\\1", false),
            ("[z-a]", false), ("(?:a{1000}){1000}", false), ("(?<=a)b", true),
        ])
    func isValid(_ pattern: String, _ valid: Bool) {
        #expect(ECMARegex.isValid(pattern) == valid)
        #expect(((try? ECMARegex(pattern)) != nil) == valid)
    }

    @Test("patterns are equal by source and scope")
    func equality() throws {
        #expect(try ECMARegex("a+") == ECMARegex("a+"))
        #expect(try ECMARegex("a+") != ECMARegex("a+", scope: .wholeText))
        #expect(try ECMARegex("a+").description == "a+")
    }
}
