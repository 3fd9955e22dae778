import Testing

@testable import PromptGate

/// Schema problems are reported by JSON Pointer; the loader turns the pointer into a line.
@Suite struct JSONPointerLineTests {
    static let schema = """
        {
          "type": "object",
          "properties": {
            "a/b": { "type": "string" },
            "tags": {
              "type": "array",
              "items": [
                { "type": "string" },
                { "type": 12 }
              ]
            },
            "x~y": {"enum": ["}", "\\"]"]}, "last": true
          }
        }
        """

    @Test(
        arguments: [
            ("", 1), ("#", 1), ("/type", 2), ("/properties", 3), ("/properties/a~1b", 4), ("/properties/a~1b/type", 4),
            ("/properties/tags/items/1", 9), ("/properties/tags/items/1/type", 9), ("#/properties/tags/items/0", 8),
            ("/properties/last", 12), ("/properties/x~0y/enum/1", 12),
            // Unresolvable pointers give the deepest part that resolves.
            ("/properties/tags/nope", 5), ("/properties/tags/items/7", 7), ("/missing", 1),
        ] as [(String, Int)])
    func findsTheLineOfAPointer(pointer: String, line: Int) {
        #expect(JSONPointerLine.line(of: pointer, in: Self.schema) == line)
    }

    @Test func toleratesTruncatedText() {
        #expect(JSONPointerLine.line(of: "/a/b", in: "{\n\"a\": {\"b") == 2)
        #expect(JSONPointerLine.line(of: "/a", in: "") == 1)
    }
}
