import CCurl

/// Runs `curl_global_init` exactly once per process, thread-safely (Swift's lazy statics use `swift_once`).
enum CurlGlobal {
    /// The result of the one-time initialisation; CURLE_OK when libcurl is usable.
    private static let initResult: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

    /// Initialises libcurl if needed; returns nil on success or the error to report to callers.
    static func ensureInitialized() -> TransportError? {
        let code = initResult
        if code == CURLE_OK { return nil }
        return .other(code: Int(code.rawValue), message: "curl_global_init failed")
    }
}
