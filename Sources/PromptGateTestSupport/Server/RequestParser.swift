/// A request head and body parsed off the wire, before it is numbered and recorded.
struct ParsedRequest {
    var method: String
    var target: String
    var version: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// False when the client asked to close (or spoke HTTP/1.0 without keep-alive).
    var keepAlive: Bool
}

/// Incremental HTTP/1.x request parser over a connection's receive buffer.
enum RequestParser {
    /// The outcome of looking at the bytes received so far.
    enum Result {
        /// More bytes are needed; `expectsContinue` is true once a head with `Expect: 100-continue` is complete.
        case incomplete(expectsContinue: Bool)
        /// A whole request, and how many buffer bytes it used.
        case request(ParsedRequest, consumed: Int)
        /// The bytes are not a valid request; answer `status` and close.
        case invalid(status: Int)
    }

    static let maxHeadBytes = 64 * 1024
    static let maxBodyBytes = 64 * 1024 * 1024

    /// Parses one request from the start of `buffer`.
    static func parse(_ buffer: [UInt8]) -> Result {
        var start = 0
        while start + 1 < buffer.count, buffer[start] == 0x0D, buffer[start + 1] == 0x0A { start += 2 }
        while start < buffer.count, buffer[start] == 0x0A { start += 1 }
        if !requestLinePrefixIsPlausible(buffer, from: start) { return .invalid(status: 400) }
        guard let headEnd = findHeadEnd(buffer, from: start) else {
            return buffer.count - start > maxHeadBytes ? .invalid(status: 431) : .incomplete(expectsContinue: false)
        }
        guard headEnd - start <= maxHeadBytes else { return .invalid(status: 431) }
        let lines = splitLines(buffer, start..<headEnd)
        guard let requestLine = lines.first else { return .invalid(status: 400) }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, isToken(parts[0]), !parts[1].isEmpty,
            !parts[1].utf8.contains(where: { $0 < 0x21 || $0 == 0x7F })
        else { return .invalid(status: 400) }
        let version = String(parts[2])
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .invalid(status: version.hasPrefix("HTTP/") ? 505 : 400)
        }
        var headers: [(name: String, value: String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return .invalid(status: 400) }
            let name = line[..<colon]
            guard isToken(name) else { return .invalid(status: 400) }
            let value = line[line.index(after: colon)...].trimmingSpaces()
            headers.append((String(name), value))
        }
        let head = RequestHead(headers: headers)
        var request = ParsedRequest(
            method: String(parts[0]), target: String(parts[1]), version: version, headers: headers, body: [],
            keepAlive: head.keepAlive(version: version))
        let bodyStart = headEnd
        switch head.framing() {
        case .invalid(let status):
            return .invalid(status: status)
        case .none:
            return .request(request, consumed: bodyStart)
        case .length(let length):
            guard length <= maxBodyBytes else { return .invalid(status: 413) }
            guard buffer.count - bodyStart >= length else { return .incomplete(expectsContinue: head.expectsContinue) }
            request.body = Array(buffer[bodyStart..<(bodyStart + length)])
            return .request(request, consumed: bodyStart + length)
        case .chunked:
            switch ChunkedDecoder.decode(buffer, from: bodyStart, limit: maxBodyBytes) {
            case .incomplete: return .incomplete(expectsContinue: head.expectsContinue)
            case .invalid(let status): return .invalid(status: status)
            case .complete(let body, let end):
                request.body = body
                return .request(request, consumed: end)
            }
        }
    }

    /// Index just past the blank line that ends the head (CRLF or bare LF line endings).
    static func findHeadEnd(_ buffer: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < buffer.count {
            if buffer[i] == 0x0A {
                if i + 1 < buffer.count, buffer[i + 1] == 0x0A { return i + 2 }
                if i + 2 < buffer.count, buffer[i + 1] == 0x0D, buffer[i + 2] == 0x0A { return i + 3 }
            }
            i += 1
        }
        return nil
    }

    /// False as soon as the (possibly partial) request line holds a byte no request line can contain,
    /// so binary garbage such as a TLS ClientHello is rejected at once instead of waiting for a blank line.
    static func requestLinePrefixIsPlausible(_ buffer: [UInt8], from start: Int) -> Bool {
        var i = start
        while i < buffer.count, buffer[i] != 0x0A {
            let c = buffer[i]
            if (c < 0x20 && c != 0x0D) || c >= 0x7F { return false }
            i += 1
        }
        return true
    }

    /// Splits the head into lines without their line endings, dropping the final empty line.
    static func splitLines(_ buffer: [UInt8], _ range: Range<Int>) -> [String] {
        var lines: [String] = []
        var lineStart = range.lowerBound
        for i in range where buffer[i] == 0x0A {
            var end = i
            if end > lineStart, buffer[end - 1] == 0x0D { end -= 1 }
            if end > lineStart { lines.append(String(decoding: buffer[lineStart..<end], as: UTF8.self)) }
            lineStart = i + 1
        }
        return lines
    }

    /// RFC 9110 token (method and header names).
    static func isToken<S: StringProtocol>(_ text: S) -> Bool {
        guard !text.isEmpty else { return false }
        return text.utf8.allSatisfy { c in
            switch c {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
            default: return Array("!#$%&'*+-.^_`|~".utf8).contains(c)
            }
        }
    }
}

extension Substring {
    /// The substring without leading/trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
