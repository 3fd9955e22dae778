/// Serves one accepted TCP connection: parses requests (keep-alive), records them, and plays the
/// scripted response for each. Runs on its own thread; returns when the connection should close.
struct ServerConnection {
    let io: SocketIO
    let connectionID: Int
    let core: ServerCore

    private static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
    private static let maxBuffered = RequestParser.maxHeadBytes + RequestParser.maxBodyBytes + 65536

    /// Loops until the client closes, a script closes, a malformed request arrives, or the server stops.
    func run() {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { scratch.deallocate() }
        var buffer: [UInt8] = []
        var sentContinue = false
        while true {
            switch RequestParser.parse(buffer) {
            case .invalid(let status):
                io.writeAll(ResponseWire.error(status: status))
                io.shutdownWrite()
                return
            case .incomplete(let expectsContinue):
                if expectsContinue && !sentContinue {
                    sentContinue = true
                    guard io.writeAll(Self.continueLine) else { return }
                }
                guard buffer.count <= Self.maxBuffered else {
                    io.writeAll(ResponseWire.error(status: 413))
                    return
                }
                guard io.waitReadable(seconds: nil) == .readable, io.read(into: &buffer, scratch: scratch) > 0 else {
                    return
                }
            case .request(let parsed, let consumed):
                buffer.removeFirst(consumed)
                sentContinue = false
                let recorded = core.record(parsed, connectionID: connectionID)
                guard play(core.handler(recorded), for: parsed, scratch: scratch) else { return }
            }
        }
    }

    /// Performs one scripted action; returns true when the connection stays open for more requests.
    private func play(
        _ script: ScriptedResponse, for request: ParsedRequest, scratch: UnsafeMutableRawBufferPointer
    )
        -> Bool
    {
        switch script {
        case .respond(let status, let headers, let body, let delay):
            guard io.sleep(seconds: delay) else { return false }
            let scriptCloses = headers.contains {
                $0.0.lowercased() == "connection" && $0.1.lowercased().contains("close")
            }
            let close = !request.keepAlive || scriptCloses
            let noBodyStatus = (100...199).contains(status) || status == 204 || status == 304
            var bytes = ResponseWire.head(
                status: status, headers: headers, contentLength: noBodyStatus ? nil : body.count,
                close: close && !scriptCloses)
            if !ResponseWire.bodyless(status: status, method: request.method) { bytes += body }
            return io.writeAll(bytes) && !close
        case .hang(let seconds):
            let deadline = monotonicSeconds() + seconds
            var discard: [UInt8] = []
            while true {
                let left = deadline - monotonicSeconds()
                guard left > 0, io.waitReadable(seconds: left) == .readable else { return false }
                discard.removeAll(keepingCapacity: true)
                guard io.read(into: &discard, scratch: scratch) > 0 else { return false }
            }
        case .resetMidBody(let status, let headers, let partialBody, let declaredLength):
            let length = declaredLength ?? partialBody.count + 1024
            io.writeAll(
                ResponseWire.head(status: status, headers: headers, contentLength: length, close: false) + partialBody)
            _ = io.sleep(seconds: 0.02)
            io.armReset()
            return false
        case .truncated(let status, let headers, let body, let declaredLength):
            io.writeAll(
                ResponseWire.head(status: status, headers: headers, contentLength: declaredLength, close: true) + body)
            io.shutdownWrite()
            return false
        case .closeWithoutResponse:
            io.shutdownWrite()
            return false
        case .stream(let status, let headers, let pieces, let end):
            let head = ResponseWire.head(
                status: status, headers: headers + [("Transfer-Encoding", "chunked")], contentLength: nil, close: false)
            guard io.writeAll(head) else { return false }
            for piece in pieces where !piece.bytes.isEmpty {
                guard io.sleep(seconds: piece.delay) else { return false }
                guard
                    io.writeAll(
                        Array(String(piece.bytes.count, radix: 16).utf8) + [0x0D, 0x0A] + piece.bytes + [0x0D, 0x0A])
                else { return false }
            }
            guard case .complete = end else {
                io.shutdownWrite()
                return false
            }
            return io.writeAll(Array("0\r\n\r\n".utf8)) && request.keepAlive
        }
    }
}
