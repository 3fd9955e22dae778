import CCurl

extension CurlTransfer {
    /// Applies every per-request option to the (freshly reset) easy handle.
    /// Returns an error when the request cannot be sent; header values never appear in it.
    func configure() -> TransportError? {
        let request = job.request
        let h = easy.handle
        guard Self.isToken(request.method) else { return .invalidRequest("method is not an HTTP token") }

        var failed = CURLE_OK
        func check(_ code: CURLcode) { if code != CURLE_OK && failed == CURLE_OK { failed = code } }

        check(request.url.withCString { pg_setopt_str(h, CURLOPT_URL, $0) })
        check(pg_setopt_long(h, CURLOPT_NOSIGNAL, 1))
        check(pg_setopt_long(h, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS)))
        check(pg_setopt_long(h, CURLOPT_PIPEWAIT, 1))
        check(pg_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(request.connectTimeout)))
        check(pg_setopt_long(h, CURLOPT_TIMEOUT_MS, Self.milliseconds(request.totalTimeout)))
        check(pg_setopt_ptr(h, CURLOPT_ERRORBUFFER, easy.errorBuffer))
        // Only http and https, also after any redirect (a libcurl older than 7.85 lacks these
        // options; the config check refuses other schemes anyway). A declared length above the
        // cap fails before the body is read.
        _ = pg_setopt_str(h, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = pg_setopt_str(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        check(pg_setopt_long(h, CURLOPT_MAXFILESIZE, limits.maxResponseBytes))
        let me = Unmanaged.passUnretained(self).toOpaque()
        check(pg_setopt_write_fn(h, curlWriteCallback))
        check(pg_setopt_ptr(h, CURLOPT_WRITEDATA, me))
        check(pg_setopt_header_fn(h, curlHeaderCallback))
        check(pg_setopt_ptr(h, CURLOPT_HEADERDATA, me))

        let sendsBody = !request.body.isEmpty || request.method == "POST"
        switch request.method {
        case "GET" where !sendsBody:
            check(pg_setopt_long(h, CURLOPT_HTTPGET, 1))
        case "HEAD" where !sendsBody:
            check(pg_setopt_long(h, CURLOPT_NOBODY, 1))
        default:
            if sendsBody {
                check(pg_setopt_long(h, CURLOPT_POSTFIELDSIZE_LARGE, request.body.count))
                check(
                    request.body.withUnsafeBytes { raw -> CURLcode in
                        guard let base = raw.baseAddress else { return pg_setopt_str(h, CURLOPT_COPYPOSTFIELDS, "") }
                        return pg_setopt_ptr(h, CURLOPT_COPYPOSTFIELDS, base)
                    })
            }
            if request.method != "POST" {
                check(request.method.withCString { pg_setopt_str(h, CURLOPT_CUSTOMREQUEST, $0) })
            }
        }

        if let problem = buildHeaderList(request.headers, sendsBody: sendsBody) { return problem }
        if let list = headerList { check(pg_setopt_ptr(h, CURLOPT_HTTPHEADER, list)) }

        guard failed == CURLE_OK else {
            return CurlErrorMapping.error(for: failed, detail: "", secrets: request.headers.map(\.value))
        }
        return nil
    }

    /// Builds the curl_slist, rejecting CR/LF/NUL (header injection) and suppressing curl's
    /// automatic `Expect: 100-continue` and form Content-Type.
    private func buildHeaderList(_ headers: HTTPHeaders, sendsBody: Bool) -> TransportError? {
        var list: UnsafeMutablePointer<curl_slist>?
        defer { headerList = list }
        for field in headers {
            guard Self.isToken(field.name) else { return .invalidRequest("header name is not an HTTP token") }
            guard Self.isSafeValue(field.value) else {
                return .invalidRequest("value of header \(field.name) contains CR, LF or NUL")
            }
            // "Name:" would make curl drop the header; "Name;" sends it with an empty value.
            let line = field.value.isEmpty ? field.name + ";" : field.name + ": " + field.value
            guard let next = pg_curl_slist_append(list, line) else {
                return .other(code: -1, message: "out of memory building header list")
            }
            list = next
        }
        var extras: [String] = []
        if !headers.contains("expect") { extras.append("Expect:") }
        if sendsBody && !headers.contains("content-type") { extras.append("Content-Type:") }
        for line in extras {
            guard let next = pg_curl_slist_append(list, line) else {
                return .other(code: -1, message: "out of memory building header list")
            }
            list = next
        }
        return nil
    }

    /// Seconds to libcurl milliseconds; non-positive or NaN means 0 (libcurl default / no limit).
    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds > 0 else { return 0 }
        return Int(min((seconds * 1000).rounded(.up), 1e12))
    }

    /// RFC 9110 token check (method and header names).
    static func isToken(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        for c in text.utf8 {
            switch c {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: continue
            case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
                UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                continue
            default: return false
            }
        }
        return true
    }

    /// True when a header value has no CR, LF or NUL.
    static func isSafeValue(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0 }
    }
}
