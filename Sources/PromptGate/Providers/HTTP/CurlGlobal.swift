import CCurl

/// Loads libcurl and runs `curl_global_init` exactly once per process, thread-safely (Swift's lazy
/// statics use `swift_once`). Until a transport starts, the process has not mapped libcurl at all.
enum CurlGlobal {
    /// The outcome of the one-time loading and initialisation: nil when libcurl is usable.
    private static let failure: TransportError? = {
        var reason = [CChar](repeating: 0, count: 512)
        guard pg_curl_load(&reason, reason.count) == 1 else {
            return .other(code: -1, message: String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        let code = pg_curl_global_init(Int(CURL_GLOBAL_ALL))
        return code == CURLE_OK ? nil : .other(code: Int(code.rawValue), message: "curl_global_init failed")
    }()

    /// Loads and initialises libcurl if needed; returns nil on success or the error to report to callers.
    static func ensureInitialized() -> TransportError? {
        failure
    }
}
