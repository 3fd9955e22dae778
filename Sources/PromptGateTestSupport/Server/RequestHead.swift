/// Interprets the framing and connection headers of a request head.
struct RequestHead {
    /// How the request body is delimited.
    enum Framing {
        case none
        case length(Int)
        case chunked
        case invalid(status: Int)
    }

    let headers: [(name: String, value: String)]

    private func values(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    private func tokens(_ name: String) -> [String] {
        values(name).flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces().lowercased() }
    }

    /// Body framing per RFC 9112 section 6, rejecting ambiguous combinations (no smuggling games).
    func framing() -> Framing {
        let encodings = tokens("transfer-encoding")
        let lengths = values("content-length")
        if !encodings.isEmpty {
            guard lengths.isEmpty else { return .invalid(status: 400) }
            return encodings.last == "chunked" ? .chunked : .invalid(status: 501)
        }
        guard let first = lengths.first else { return .none }
        let all = lengths.flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces() }
        guard all.allSatisfy({ $0 == all[0] }), !first.isEmpty,
            all[0].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), all[0].utf8.count <= 12,
            let length = Int(all[0])
        else { return .invalid(status: 400) }
        return length == 0 ? .none : .length(length)
    }

    /// True when the client sent `Expect: 100-continue`.
    var expectsContinue: Bool { tokens("expect").contains("100-continue") }

    /// Whether the connection stays open after this exchange.
    func keepAlive(version: String) -> Bool {
        let connection = tokens("connection")
        if connection.contains("close") { return false }
        return version == "HTTP/1.1" || connection.contains("keep-alive")
    }
}

/// Decodes a chunked request body (chunk extensions and trailers are ignored).
enum ChunkedDecoder {
    enum Result {
        case incomplete
        case invalid(status: Int)
        case complete(body: [UInt8], end: Int)
    }

    static func decode(_ buffer: [UInt8], from start: Int, limit: Int) -> Result {
        var body: [UInt8] = []
        var i = start
        while true {
            guard let sizeLine = lineEnd(buffer, from: i) else {
                return buffer.count - i > 4096 ? .invalid(status: 400) : .incomplete
            }
            let sizeBytes = buffer[i..<sizeLine.contentEnd].prefix { $0 != 0x3B }  // stop at ';'
            let sizeText = String(decoding: sizeBytes, as: UTF8.self).trimmedSpaces()
            guard !sizeText.isEmpty, sizeText.utf8.count <= 8, let size = Int(sizeText, radix: 16) else {
                return .invalid(status: 400)
            }
            i = sizeLine.next
            if size == 0 {
                // Trailer section: lines until an empty one.
                while true {
                    guard let trailer = lineEnd(buffer, from: i) else {
                        return buffer.count - i > 65536 ? .invalid(status: 431) : .incomplete
                    }
                    let empty = trailer.contentEnd == i
                    i = trailer.next
                    if empty { return .complete(body: body, end: i) }
                }
            }
            guard body.count + size <= limit else { return .invalid(status: 413) }
            guard buffer.count - i >= size else { return .incomplete }
            body.append(contentsOf: buffer[i..<(i + size)])
            i += size
            guard let after = lineEnd(buffer, from: i) else { return .incomplete }
            guard after.contentEnd == i else { return .invalid(status: 400) }
            i = after.next
        }
    }

    /// Finds the end of the line starting at `from`: where its content stops and where the next line begins.
    private static func lineEnd(_ buffer: [UInt8], from: Int) -> (contentEnd: Int, next: Int)? {
        var i = from
        while i < buffer.count {
            if buffer[i] == 0x0A {
                let contentEnd = (i > from && buffer[i - 1] == 0x0D) ? i - 1 : i
                return (contentEnd, i + 1)
            }
            i += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// The string without leading/trailing spaces and tabs.
    func trimmedSpaces() -> String { String(self)[...].trimmingSpaces() }
}
