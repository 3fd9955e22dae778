import CCurl

/// The state of one in-flight request on the driver thread: the easy handle, the header list
/// handed to libcurl, and the response being accumulated by the callbacks.
final class CurlTransfer {
    let job: CurlJob
    let easy: CurlEasyHandle
    /// The curl_slist passed as CURLOPT_HTTPHEADER; freed by `releaseHeaderList()`.
    var headerList: UnsafeMutablePointer<curl_slist>?
    /// Header fields of the most recent response block (reset on every status line).
    var responseHeaders: [(name: String, value: String)] = []
    /// Body bytes received so far.
    var body: [UInt8] = []
    /// The caps on what the server may send.
    let limits: TransferLimits
    /// Header bytes received so far, over every response block.
    private var headerBytes = 0
    /// Body bytes received so far, collected or passed to the sink.
    private var bodyBytes = 0
    /// Whether the request's body sink takes this response's body: nil until the body starts.
    private var sinkTakesBody: Bool?
    /// Set when the server sent more than `limits` allow; the transfer was aborted.
    private var overflow: TransportError?

    /// Upper bound for pre-reserving body capacity from Content-Length.
    private static let maxReserve = 16 << 20

    init(job: CurlJob, easy: CurlEasyHandle, limits: TransferLimits) {
        self.job = job
        self.easy = easy
        self.limits = limits
    }

    /// False (and the transfer marked too large) when `count` more body bytes would exceed the cap.
    func acceptBody(_ count: Int) -> Bool {
        guard count <= limits.maxResponseBytes - bodyBytes else {
            overflow = .responseTooLarge(part: "body", limit: limits.maxResponseBytes)
            return false
        }
        return true
    }

    /// Collects `bytes`, or passes them to the request's body sink when it took the body (asked
    /// once, when the first body bytes of the final response arrive).
    func receiveBody(_ bytes: UnsafeRawBufferPointer) {
        bodyBytes += bytes.count
        if let sink = job.request.bodySink {
            if sinkTakesBody == nil {
                var status = 0
                _ = pg_getinfo_long(easy.handle, CURLINFO_RESPONSE_CODE, &status)
                sinkTakesBody = sink.begin(status: status, headers: HTTPHeaders(responseHeaders))
            }
            if sinkTakesBody == true {
                sink.receive(bytes)
                return
            }
        }
        body.append(contentsOf: bytes)
    }

    /// False (and the transfer marked too large) when `count` more header bytes would exceed the cap.
    func acceptHeader(_ count: Int) -> Bool {
        guard count <= limits.maxHeaderBytes - headerBytes else {
            overflow = .responseTooLarge(part: "headers", limit: limits.maxHeaderBytes)
            return false
        }
        headerBytes += count
        return true
    }

    /// Parses one raw header line (CRLF included) delivered by libcurl.
    func receiveHeaderLine(_ line: UnsafeBufferPointer<UInt8>) {
        var end = line.count
        while end > 0, line[end - 1] == 0x0A || line[end - 1] == 0x0D { end -= 1 }
        guard end > 0 else { return }  // blank line ends a header block
        let bytes = UnsafeBufferPointer(rebasing: line[0..<end])
        if bytes.count >= 5, bytes[0] == 0x48, bytes[1] == 0x54, bytes[2] == 0x54, bytes[3] == 0x50,
            bytes[4] == 0x2F
        {
            // "HTTP/": a new response starts (after 1xx, a redirect or a proxy CONNECT).
            responseHeaders.removeAll(keepingCapacity: true)
            body.removeAll(keepingCapacity: true)
            bodyBytes = 0
            sinkTakesBody = nil
            return
        }
        if bytes[0] == 0x20 || bytes[0] == 0x09 {
            // Obsolete line folding: continue the previous value.
            guard let last = responseHeaders.popLast() else { return }
            let extra = Self.trimmed(bytes[...])
            responseHeaders.append((last.name, last.value + " " + String(decoding: extra, as: UTF8.self)))
            return
        }
        guard let colon = bytes.firstIndex(of: 0x3A) else { return }
        let name = String(decoding: bytes[0..<colon], as: UTF8.self)
        let value = String(decoding: Self.trimmed(bytes[(colon + 1)...]), as: UTF8.self)
        responseHeaders.append((name, value))
        if colon == 14, HTTPHeaders.namesEqual(name, "content-length"), let length = Int(value), length > 0 {
            body.reserveCapacity(min(length, Self.maxReserve, limits.maxResponseBytes))
        }
    }

    /// Builds the outcome from libcurl's result code; call before the handle is reset.
    func outcome(_ code: CURLcode) -> Result<HTTPResponse, TransportError> {
        if let overflow {
            body = []
            return .failure(overflow)
        }
        if code == CURLE_FILESIZE_EXCEEDED {
            return .failure(.responseTooLarge(part: "body", limit: limits.maxResponseBytes))
        }
        guard code == CURLE_OK else {
            let secrets = job.request.headers.map(\.value)
            return .failure(CurlErrorMapping.error(for: code, detail: easy.errorText, secrets: secrets))
        }
        var status = 0
        _ = pg_getinfo_long(easy.handle, CURLINFO_RESPONSE_CODE, &status)
        var version = 0
        _ = pg_getinfo_long(easy.handle, CURLINFO_HTTP_VERSION, &version)
        let response = HTTPResponse(
            status: status,
            headers: HTTPHeaders(responseHeaders),
            body: body,
            httpVersion: Self.versionName(version)
        )
        body = []
        return .success(response)
    }

    /// Frees the header list given to libcurl.
    func releaseHeaderList() {
        if let list = headerList {
            pg_curl_slist_free_all(list)
            headerList = nil
        }
    }

    deinit {
        releaseHeaderList()
    }

    private static func trimmed(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = slice.startIndex
        var end = slice.endIndex
        while start < end, slice[start] == 0x20 || slice[start] == 0x09 { start += 1 }
        while end > start, slice[end - 1] == 0x20 || slice[end - 1] == 0x09 { end -= 1 }
        return slice.base[start..<end]
    }

    private static func versionName(_ value: Int) -> String? {
        switch value {
        case Int(CURL_HTTP_VERSION_1_0): return "1.0"
        case Int(CURL_HTTP_VERSION_1_1): return "1.1"
        case Int(CURL_HTTP_VERSION_2_0): return "2"
        case Int(CURL_HTTP_VERSION_3): return "3"
        default: return nil
        }
    }
}
