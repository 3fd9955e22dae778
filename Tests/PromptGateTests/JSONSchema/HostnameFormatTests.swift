import Testing

@testable import PromptGateSchema

/// `hostname` and `idn-hostname` per IDNA2008 (RFC 5890-5892, Punycode per RFC 3492): every rule
/// both ways, each U-label once as `idn-hostname` and once as its A-label (`xn--`) under
/// `hostname`. Cases follow the official suite's optional format tests and the RFCs.
@Suite("hostname and idn-hostname")
struct HostnameFormatTests {
    /// (U-label form, A-label form, valid, what the case shows).
    static let labels: [(String, String, Bool, String)] = [
        ("\u{C2E4}\u{B840}.\u{D14C}\u{C2A4}\u{D2B8}", "xn--9n2bp8q.xn--9t4b11yi5a", true, "example.test in Hangul"),
        (
            "\u{302E}\u{C2E4}\u{B840}.\u{D14C}\u{C2A4}\u{D2B8}", "xn--07jt112bqxg.xn--9t4b11yi5a", false,
            "illegal first char U+302E"
        ),
        (
            "\u{C2E4}\u{302E}\u{B840}.\u{D14C}\u{C2A4}\u{D2B8}", "xn--07jt112bpxg.xn--9t4b11yi5a", false,
            "contains illegal char U+302E"
        ),
        ("\u{903}hello", "xn--hello-txk", false, "begins with a spacing combining mark"),
        ("\u{300}hello", "xn--hello-zed", false, "begins with a nonspacing mark"),
        ("\u{488}hello", "xn--hello-6bf", false, "begins with an enclosing mark"),
        ("\u{DF}\u{3C2}\u{F0B}\u{3007}", "xn--zca29lwxobi7a", true, "exceptions that are PVALID, left-to-right"),
        ("\u{6FD}\u{6FE}", "xn--qmbc", true, "exceptions that are PVALID, right-to-left"),
        ("\u{640}\u{7FA}", "xn--chb89f", false, "exceptions that are DISALLOWED, right-to-left"),
        (
            "\u{3031}\u{3032}\u{3033}\u{3034}\u{3035}\u{302E}\u{302F}\u{303B}", "xn--07jceefgh4c", false,
            "exceptions that are DISALLOWED, left-to-right"
        ),
        ("a\u{B7}l", "xn--al-0ea", false, "MIDDLE DOT with no preceding l"),
        ("\u{B7}l", "xn--l-fda", false, "MIDDLE DOT with nothing preceding"),
        ("l\u{B7}a", "xn--la-0ea", false, "MIDDLE DOT with no following l"),
        ("l\u{B7}", "xn--l-gda", false, "MIDDLE DOT with nothing following"),
        ("l\u{B7}l", "xn--ll-0ea", true, "MIDDLE DOT with surrounding l's"),
        ("\u{3B1}\u{375}S", "xn--S-jib3p", false, "KERAIA not followed by Greek"),
        ("\u{3B1}\u{375}", "xn--wva3j", false, "KERAIA not followed by anything"),
        ("\u{3B1}\u{375}\u{3B2}", "xn--wva3je", true, "KERAIA followed by Greek"),
        ("A\u{5F3}\u{5D1}", "xn--A-2hc5h", false, "GERESH not preceded by Hebrew"),
        ("\u{5F3}\u{5D1}", "xn--5db1e", false, "GERESH not preceded by anything"),
        ("\u{5D0}\u{5F3}\u{5D1}", "xn--4dbc5h", true, "GERESH preceded by Hebrew"),
        ("A\u{5F4}\u{5D1}", "xn--A-2hc8h", false, "GERSHAYIM not preceded by Hebrew"),
        ("\u{5F4}\u{5D1}", "xn--5db3e", false, "GERSHAYIM not preceded by anything"),
        ("\u{5D0}\u{5F4}\u{5D1}", "xn--4dbc8h", true, "GERSHAYIM preceded by Hebrew"),
        ("def\u{30FB}abc", "xn--defabc-k64e", false, "KATAKANA MIDDLE DOT with no Hiragana, Katakana or Han"),
        ("\u{30FB}", "xn--vek", false, "KATAKANA MIDDLE DOT alone"),
        ("\u{30FB}\u{3041}", "xn--k8j5u", true, "KATAKANA MIDDLE DOT with Hiragana"),
        ("\u{30FB}\u{30A1}", "xn--bck0j", true, "KATAKANA MIDDLE DOT with Katakana"),
        ("\u{30FB}\u{4E08}", "xn--vek778f", true, "KATAKANA MIDDLE DOT with Han"),
        ("\u{628}\u{660}\u{6F0}", "xn--ngb6iyr", false, "Arabic-Indic digits mixed with extended Arabic-Indic digits"),
        ("\u{628}\u{660}\u{628}", "xn--ngba1o", true, "Arabic-Indic digits not mixed"),
        ("\u{6F0}0", "xn--0-gyc", true, "extended Arabic-Indic digits not mixed"),
        ("\u{915}\u{200D}\u{937}", "xn--11b2er09f", false, "ZERO WIDTH JOINER not preceded by a virama"),
        ("\u{200D}\u{937}", "xn--02b508i", false, "ZERO WIDTH JOINER not preceded by anything"),
        ("\u{915}\u{94D}\u{200D}\u{937}", "xn--11b2ezcw70k", true, "ZERO WIDTH JOINER preceded by a virama"),
        ("\u{915}\u{94D}\u{200C}\u{937}", "xn--11b2ezcs70k", true, "ZERO WIDTH NON-JOINER preceded by a virama"),
        (
            "\u{628}\u{64A}\u{200C}\u{628}\u{64A}", "xn--ngba5hb2804a", true,
            "ZERO WIDTH NON-JOINER between joining letters"
        ),
        (
            "\u{628}\u{64E}\u{200C}\u{64E}\u{628}", "xn--ngba7ia3604a", true,
            "ZERO WIDTH NON-JOINER, transparent marks around it"
        ),
        (
            "\u{915}\u{200C}\u{937}", "xn--11b2e898f", false,
            "ZERO WIDTH NON-JOINER with neither virama nor joining letters"
        ),
        ("\u{627}\u{200C}\u{628}", "xn--mgbc799q", false, "ZERO WIDTH NON-JOINER after a right-joining letter"),
        ("\u{DC}nicode", "xn--nicode-osa", false, "an uppercase letter (unstable under NFKC case folding)"),
        ("b\u{FC}cher", "xn--bcher-kva", true, "a lowercase Latin U-label"),
        ("ab--\u{FC}", "xn--ab---3ra", false, "U-label with -- in positions 3-4"),
        ("\u{FC}-", "xn----dha", false, "U-label ending with a hyphen"),
        ("-\u{FC}", "xn----eha", false, "U-label starting with a hyphen"),
        ("\u{FC}\u{2665}", "xn--tda862q", false, "a symbol (DISALLOWED)"),
        ("\u{FC}\u{1100}\u{1161}", "xn--tda413flia", false, "conjoining Hangul jamo"),
        (
            "\u{FC}" + String(repeating: "a", count: 55), "xn--" + String(repeating: "a", count: 55) + "-oxf", true,
            "A-label of 63 octets"
        ),
        (
            "\u{FC}" + String(repeating: "a", count: 56), "xn--" + String(repeating: "a", count: 56) + "-70f", false,
            "A-label of 64 octets"
        ),
    ]

    /// Names the same under both formats (ASCII, A-labels given as such).
    static let ascii: [(String, Bool)] = [
        ("www.example.com", true), ("hostname", true), ("host-name", true), ("1host", true), ("h0stn4me", true),
        ("xn--4gbwdl.xn--wgbh1c", true), ("xn--ihqwcrb4cv8a8dqg056pqjye", true), ("XN--bcher-kva.example", true),
        ("xn--BCHER-KVA", false),
        ("xn--X", false), ("XN--aa---o47jg78q", false), ("xn--", false), ("xn--abc", false), ("xn--bcher-kva-", false),
        ("ab--cd", false), ("-hello", false), ("hello-", false), ("-hello-", false), ("host_name", false),
        ("-> $1.00 <--", false), ("", false), (".", false), (".example", false), ("a..b", false),
        (String(repeating: "a", count: 63) + ".com", true), (String(repeating: "a", count: 64) + ".com", false),
        (
            String([String](repeating: String(repeating: "a", count: 63), count: 4).joined(separator: ".").dropLast(2)),
            true
        ),
        ([String](repeating: String(repeating: "a", count: 63), count: 4).joined(separator: "."), false),
    ]

    static func accepts(_ format: String, _ value: String) throws -> Bool {
        try JSONSchema(["format": .string(format)], formatAssertion: true).isValid(.string(value))
    }

    @Test(arguments: labels)
    func uLabelsAsIDNHostnames(_ unicode: String, _ aLabel: String, _ valid: Bool, _ what: String) throws {
        #expect(try Self.accepts("idn-hostname", unicode) == valid, "\(what)")
    }

    @Test(arguments: labels)
    func aLabelsAsHostnames(_ unicode: String, _ aLabel: String, _ valid: Bool, _ what: String) throws {
        #expect(try Self.accepts("hostname", aLabel) == valid, "\(what)")
    }

    @Test(arguments: ascii)
    func asciiNames(_ name: String, _ valid: Bool) throws {
        #expect(try Self.accepts("hostname", name) == valid)
        #expect(try Self.accepts("idn-hostname", name) == valid)
    }

    @Test(
        arguments: [
            ("\u{C2E4}\u{B840}\u{3002}\u{D14C}\u{C2A4}\u{D2B8}", true),
            ("\u{C2E4}\u{B840}\u{FF0E}\u{D14C}\u{C2A4}\u{D2B8}", true),
            ("\u{C2E4}\u{B840}\u{FF61}\u{D14C}\u{C2A4}\u{D2B8}", true), ("\u{3002}", false), ("\u{3002}example", false),
            ("b\u{FC}cher.example", true), ("b\u{FC}cher..example", false),
        ] as [(String, Bool)])
    func idnLabelSeparators(_ name: String, _ valid: Bool) throws {
        #expect(try Self.accepts("idn-hostname", name) == valid)
    }

    /// RFC 3492 section 7.1 sample (A), Arabic (Egyptian), both ways, and a labelled mix.
    @Test func punycodeDecodesAndEncodesTheRFCSample() {
        let arabic: [Unicode.Scalar] = [
            0x0644, 0x064A, 0x0647, 0x0645, 0x0627, 0x0628, 0x062A, 0x0643, 0x0644, 0x0645,
            0x0648, 0x0634, 0x0639, 0x0631, 0x0628, 0x064A, 0x061F,
        ].compactMap(Unicode.Scalar.init)
        #expect(Punycode.decode(Array("egbpdaj6bu4bxfgehfvwxn".utf8)) == arabic)
        #expect(Punycode.encode(arabic) == Array("egbpdaj6bu4bxfgehfvwxn".utf8))
        #expect(Punycode.encode(Array("b\u{FC}cher".unicodeScalars)) == Array("bcher-kva".utf8))
        #expect(Punycode.decode(Array("bcher-kva".utf8)) == Array("b\u{FC}cher".unicodeScalars))
        #expect(Punycode.decode(Array("X".utf8)) == nil)
        #expect(Punycode.decode(Array("99999999999999999999".utf8)) == nil, "overflow is invalid, not a trap")
        #expect(Punycode.decode(Array("a\u{E9}-b".utf8)) == nil, "basic code points are ASCII")
    }
}
