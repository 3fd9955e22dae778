import Testing

@testable import PromptGateSchema

/// `idn-hostname` and `hostname` (its A-labels) per RFC 5893's Bidi rule, which binds every label
/// of a name that has a right-to-left label, and RFC 5891 section 5.3: a U-label is in NFC.
@Suite("hostname Bidi rule and NFC")
struct IDNABidiAndNFCTests {
    /// (name, valid, the condition of RFC 5893 section 2 or what the case shows).
    static let names: [(String, Bool, String)] = [
        ("\u{5D0}\u{5D1}", true, "an RTL label of R characters"),
        ("\u{5D0}\u{5D1}.com", true, "an LTR label beside an RTL one"),
        ("\u{5D0}\u{5D1}.\u{627}\u{628}", true, "two RTL labels, R and AL"),
        ("\u{6FD}\u{6FE}", true, "AL exceptions that are PVALID"),
        ("\u{628}\u{660}\u{628}", true, "AN inside an AL label"),
        ("\u{5D0}1", true, "3: an RTL label may end with EN"),
        ("\u{627}\u{661}", true, "3: an RTL label may end with AN"),
        ("\u{5D0}\u{5B0}", true, "3: trailing NSM after the last R"),
        ("\u{5D0}-\u{5D1}", true, "2: ES inside an RTL label"),
        ("\u{628}\u{64A}\u{200C}\u{628}\u{64A}", true, "2: BN (ZWNJ) inside an RTL label"),
        ("1\u{5D0}", false, "1: an RTL label must start with R or AL"),
        ("\u{5D0}\u{5D1}.1com", false, "1: in a Bidi domain name an LTR label must start with L"),
        ("1com", true, "no RTL label: the rule does not apply"),
        ("\u{6F0}0", true, "EN only is no RTL label"),
        ("\u{5D0}a", false, "2: L in an RTL label"),
        ("a\u{5D0}", false, "5: R in an LTR label"),
        ("abc.a\u{5D0}", false, "5: R in an LTR label, in the second label"),
        ("\u{627}\u{661}1", false, "4: EN and AN in one RTL label"),
        ("\u{5D0}\u{5D1}.ab-c", true, "5: ES inside an LTR label"),
        ("\u{5D0}.b\u{302}", true, "6: an LTR label ending with L and NSM"),
        ("\u{5D0}.a1", true, "6: an LTR label may end with EN"),
    ]

    static func accepts(_ format: String, _ value: String) throws -> Bool {
        try JSONSchema(["format": .string(format)], formatAssertion: true).isValid(.string(value))
    }

    /// `name` with each non-ASCII label written as its A-label.
    static func asciiForm(_ name: String) -> String? {
        var labels: [String] = []
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            if label.allSatisfy(\.isASCII) {
                labels.append(String(label))
            } else {
                guard let encoded = Punycode.encode(Array(label.unicodeScalars)) else { return nil }
                labels.append("xn--" + String(decoding: encoded, as: UTF8.self))
            }
        }
        return labels.joined(separator: ".")
    }

    @Test(arguments: names)
    func theBidiRule(_ name: String, _ valid: Bool, _ what: String) throws {
        #expect(try Self.accepts("idn-hostname", name) == valid, "\(what)")
        let ascii = try #require(Self.asciiForm(name))
        #expect(try Self.accepts("hostname", ascii) == valid, "\(what): \(ascii)")
    }

    @Test(
        arguments: [
            ("\u{E4}rger", true, "precomposed"),
            ("a\u{308}rger", false, "a + COMBINING DIAERESIS: NFD"),
            ("\u{1E0D}\u{307}", true, "d WITH DOT BELOW + DOT ABOVE: NFC"),
            ("\u{1E0B}\u{323}", false, "d WITH DOT ABOVE + DOT BELOW: not NFC (the marks reorder)"),
            ("\u{D55C}\u{AE00}", true, "Hangul syllables"),
        ] as [(String, Bool, String)])
    func labelsMustBeInNFC(_ name: String, _ valid: Bool, _ what: String) throws {
        #expect(try Self.accepts("idn-hostname", name) == valid, "\(what)")
        let ascii = try #require(Self.asciiForm(name))
        #expect(try Self.accepts("hostname", ascii) == valid, "\(what): \(ascii)")
    }

    @Test func bidiClassesOfSampleCodePoints() {
        let samples: [(UInt32, BidiClass)] = [
            (0x61, .l), (0x31, .en), (0x2D, .es), (0x2E, .cs), (0x24, .et), (0x21, .on), (0x20, .other),
            (0x200C, .bn), (0x5D0, .r), (0x5F3, .r), (0x627, .al), (0x6FD, .al), (0x661, .an), (0x6F0, .en),
            (0x300, .nsm), (0x5B0, .nsm), (0xCBF, .l), (0xD55C, .l), (0x10FFFD, .l),
        ]
        for (value, expected) in samples {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(BidiClass.of(scalar) == expected, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}
