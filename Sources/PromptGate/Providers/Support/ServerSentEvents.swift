/// One server-sent event: its `event:` name ("message" when none) and its `data:` lines joined by "\n".
struct ServerSentEvent: Sendable, Equatable {
    var name: String
    var data: String
}

/// Reads a `text/event-stream` body incrementally, as the HTML standard's event-stream
/// interpretation describes (https://html.spec.whatwg.org/multipage/server-sent-events.html):
/// lines end with CRLF, LF or CR; a line starting with `:` is a comment; `field: value` drops one
/// leading space of the value; a blank line dispatches the event; an event not closed by a blank
/// line when the stream ends is discarded. Bytes may arrive split anywhere, even inside a UTF-8
/// character or a CRLF.
struct ServerSentEvents: Sendable {
    private var line: [UInt8] = []
    private var lastWasCR = false
    private var name = ""
    private var data: [String] = []
    private var hasData = false

    /// Feeds the next bytes; returns the events they complete, in order.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if lastWasCR {
                lastWasCR = false
                if byte == 0x0A { continue }
            }
            switch byte {
            case 0x0D:
                lastWasCR = true
                endLine(into: &events)
            case 0x0A:
                endLine(into: &events)
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// Feeds text (tests and fixtures).
    mutating func feed(_ text: String) -> [ServerSentEvent] {
        Array(text.utf8).withUnsafeBytes { feed($0) }
    }

    private mutating func endLine(into events: inout [ServerSentEvent]) {
        defer { line.removeAll(keepingCapacity: true) }
        guard !line.isEmpty else {
            if hasData {
                events.append(
                    ServerSentEvent(name: name.isEmpty ? "message" : name, data: data.joined(separator: "\n")))
            }
            name = ""
            data.removeAll()
            hasData = false
            return
        }
        if line[0] == 0x3A { return }  // ":" comment (keep-alive)
        let colon = line.firstIndex(of: 0x3A) ?? line.endIndex
        let field = String(decoding: line[..<colon], as: UTF8.self)
        var start = colon < line.endIndex ? colon + 1 : colon
        if start < line.endIndex, line[start] == 0x20 { start += 1 }
        let value = String(decoding: line[start...], as: UTF8.self)
        switch field {
        case "event": name = value
        case "data":
            data.append(value)
            hasData = true
        default: break  // `id`, `retry` and unknown fields do not matter to one answer
        }
    }
}
