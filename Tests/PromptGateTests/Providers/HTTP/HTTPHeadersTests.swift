import Testing

@testable import PromptGate

@Suite("HTTPHeaders")
struct HTTPHeadersTests {
    @Test("Lookup is case-insensitive, order and duplicates are kept")
    func lookup() {
        var headers: HTTPHeaders = ["Content-Type": "a", "X-Dup": "1", "x-dup": "2"]
        #expect(headers["content-type"] == "a")
        #expect(headers["CONTENT-TYPE"] == "a")
        #expect(headers["content-typ"] == nil)
        #expect(headers["content-typee"] == nil)
        #expect(headers.values(for: "X-DUP") == ["1", "2"])
        headers.set(name: "x-Dup", value: "3")
        #expect(headers.values(for: "x-dup") == ["3"])
        headers.add(name: "Accept", value: "*/*")
        #expect(headers.count == 3)
        headers.remove("ACCEPT")
        #expect(!headers.contains("accept"))
        #expect(headers.fields.map(\.name) == ["Content-Type", "x-Dup"])
    }

    @Test("Equality ignores name case but not value case")
    func equality() {
        #expect((["A": "x"] as HTTPHeaders) == (["a": "x"] as HTTPHeaders))
        #expect((["A": "x"] as HTTPHeaders) != (["A": "X"] as HTTPHeaders))
        #expect((["A": "x"] as HTTPHeaders) != (["A": "x", "B": "y"] as HTTPHeaders))
    }
}
