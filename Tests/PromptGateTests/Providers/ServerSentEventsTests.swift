import Testing

@testable import PromptGate

@Suite struct ServerSentEventsTests {
    static let stream =
        "event: message_start\r\ndata: {\"a\":1}\r\n\r\n: keep-alive comment\n\ndata:first\ndata: second\n\nevent: x\rdata: é😀\r\rdata: [DONE]\n\n"

    static let expected = [
        ServerSentEvent(name: "message_start", data: #"{"a":1}"#),
        ServerSentEvent(name: "message", data: "first\nsecond"),
        ServerSentEvent(name: "x", data: "é😀"),
        ServerSentEvent(name: "message", data: "[DONE]"),
    ]

    @Test func readsEventsWithEveryLineEndingCommentsAndMultiLineData() {
        var reader = ServerSentEvents()
        #expect(reader.feed(Self.stream) == Self.expected)
    }

    @Test(arguments: [1, 2, 3, 5, 7])
    func bytesSplitAnywhereGiveTheSameEvents(size: Int) {
        let bytes = Array(Self.stream.utf8)
        var reader = ServerSentEvents()
        var events: [ServerSentEvent] = []
        for start in stride(from: 0, to: bytes.count, by: size) {
            events += Array(bytes[start..<min(start + size, bytes.count)]).withUnsafeBytes { reader.feed($0) }
        }
        #expect(events == Self.expected)
    }

    @Test func anEventNotClosedByABlankLineIsNotDispatched() {
        var reader = ServerSentEvents()
        #expect(reader.feed("data: {\"partial\": tr").isEmpty)
        #expect(reader.feed("ue}\n").isEmpty)
    }
}
