/// Serialises response heads for the test server.
enum ResponseWire {
    /// "HTTP/1.1 <status> <reason>\r\n", the given headers, optional Content-Length and
    /// Connection: close, and the blank line.
    static func head(status: Int, headers: [(String, String)], contentLength: Int?, close: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason(status))\r\n"
        var hasFraming = false
        for (name, value) in headers {
            let lower = name.lowercased()
            if lower == "content-length" || lower == "transfer-encoding" { hasFraming = true }
            text += "\(name): \(value)\r\n"
        }
        if !hasFraming, let contentLength { text += "Content-Length: \(contentLength)\r\n" }
        if close { text += "Connection: close\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// A minimal error response used for malformed requests.
    static func error(status: Int) -> [UInt8] {
        let body = Array("\(status) \(reason(status))\n".utf8)
        return head(status: status, headers: [("Content-Type", "text/plain")], contentLength: body.count, close: true)
            + body
    }

    /// True when a response with this status to this method carries no body.
    static func bodyless(status: Int, method: String) -> Bool {
        method == "HEAD" || (100...199).contains(status) || status == 204 || status == 304
    }

    /// A short reason phrase (clients ignore it, but humans reading traces do not).
    static func reason(_ status: Int) -> String {
        switch status {
        case 100: return "Continue"
        case 200: return "OK"
        case 201: return "Created"
        case 204: return "No Content"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 408: return "Request Timeout"
        case 413: return "Content Too Large"
        case 429: return "Too Many Requests"
        case 431: return "Request Header Fields Too Large"
        case 500: return "Internal Server Error"
        case 501: return "Not Implemented"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        case 505: return "HTTP Version Not Supported"
        default: return "Status"
        }
    }
}
