import Testing

@testable import PromptGate

/// The building blocks: URI resolution, JSON Pointer, decimal multipleOf, ECMA-262 patterns.
@Suite("schema internals")
struct SchemaInternalsTests {
    @Test(
        "RFC 3986 section 5.4 reference resolution examples",
        arguments: [
            ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"), ("..", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"),
            ("../../../g", "http://a/g"), ("/./g", "http://a/g"), ("g.", "http://a/b/c/g."),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/../y", "http://a/b/c/y"),
        ])
    func uriResolution(_ reference: String, _ expected: String) {
        #expect(URIReference.resolve(reference, against: "http://a/b/c/d;p?q").string == expected)
    }

    @Test("URN and file bases")
    func nonHTTPBases() {
        #expect(URIReference.resolve("#/$defs/a", against: "urn:uuid:deadbeef").string == "urn:uuid:deadbeef#/$defs/a")
        #expect(URIReference.resolve("b.json", against: "file:///folder/a.json").string == "file:///folder/b.json")
        #expect(URIReference.resolve("#foo", against: "HTTP://x/y").string == "http://x/y#foo")
    }

    @Test("JSON Pointer tokens, escaping and lookup")
    func pointers() {
        #expect(JSONPointer.tokens("/a~1b/c~0d/") == ["a/b", "c~d", ""])
        #expect(JSONPointer.tokens("") == [])
        #expect(JSONPointer.tokens("a") == nil)
        #expect(JSONPointer.tokens("/~2") == nil)
        #expect(JSONPointer.appending("/x", "a/b~") == "/x/a~1b~0")
        let value: JSONValue = ["list": [10, 20], "": ["ok": true]]
        #expect(JSONPointer.resolve(["list", "1"], in: value) == 20)
        #expect(JSONPointer.resolve(["list", "01"], in: value) == nil)
        #expect(JSONPointer.resolve(["", "ok"], in: value) == true)
        #expect(JSONPointer.percentDecode("percent%25field%22") == "percent%field\"")
        #expect(JSONPointer.percentDecode("bad%2") == nil)
    }

    @Test(
        "multipleOf is decimal-exact",
        arguments: [
            (0.0075, 0.0001, true), (0.3, 0.1, true), (4.5, 1.5, true), (35, 1.5, false), (0.5, 2, false),
            (12391239123, 1e-8, true), (1e308, 0.123456789, false), (19.99, 0.01, true), (19.995, 0.01, false),
            (-7.5, 2.5, true), (0, 0.7, true), (1e-5, 1e-6, true), (2.5e-7, 1e-7, false),
        ] as [(Double, Double, Bool)])
    func multipleOf(_ value: Double, _ divisor: Double, _ expected: Bool) throws {
        let decimal = try #require(DecimalNumber(divisor))
        #expect(decimal.divides(value) == expected)
    }

    @Test(
        "ECMA-262 patterns behave like JavaScript",
        arguments: [
            ("^\\d+$", "123", true), ("^\\d+$", "١٢٣", false), ("^\\w+$", "é", false), ("^\\w+$", "a_1", true),
            ("^\\p{L}+$", "héllo", true), ("^\\p{Lu}", "Éa", true), ("abc$", "abc\n", false), ("^a.c$", "a\nc", false),
            ("^a.c$", "a\u{2029}c", false), ("^[\\d-]+$", "1-2", true), ("^[^]$", "\n", true), ("[]", "a", false),
            ("^\\s$", "\u{FEFF}", true), ("^[\\s]$", "\u{A0}", true), ("^\\u{1F600}$", "😀", true), ("^.$", "😀", true),
            ("[a[]", "[", true), ("^[&&]$", "&", true), ("^[:a]$", ":", true), ("\\/", "/", true),
        ])
    func ecmaRegex(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try ECMARegex(pattern).matches(text) == expected)
    }

    @Test("schema equality: numbers by value, strings by code point, objects unordered")
    func equality() {
        #expect(SchemaValue.equal(1, 1.0))
        #expect(SchemaValue.equal(["a": 1, "b": [true]], ["b": [true], "a": 1.0]))
        #expect(!SchemaValue.equal("\u{E9}", "e\u{301}"))
        #expect(!SchemaValue.equal(0, false))
        #expect(!SchemaValue.equal([1, 2], [2, 1]))
    }

    @Test("every embedded meta-schema document parses and carries its own $id")
    func metaSchemasParse() throws {
        for path in [
            "schema", "meta/core", "meta/applicator", "meta/unevaluated", "meta/validation", "meta/meta-data",
            "meta/format-annotation", "meta/content",
        ] {
            let uri = MetaSchemas.baseURI + path
            let document = try #require(MetaSchemas.document(for: uri), "\(uri) is missing")
            #expect(document["$id"] == .string(uri))
        }
        #expect(MetaSchemas.document(for: "https://json-schema.org/draft/2019-09/schema") == nil)
    }
}
