import CCurl

/// Loads libcurl and runs `curl_global_init` exactly once per process, thread-safely (Swift's lazy
/// statics use `swift_once`). Until a transport starts, the process has not mapped libcurl at all.
package enum CurlGlobal {
    /// Why libcurl is unusable (what to install, or the failed call), loading it first if needed;
    /// nil when it is usable.
    package static let unavailableReason: String? = {
        var reason = [CChar](repeating: 0, count: 512)
        guard pg_curl_load(&reason, reason.count) == 1 else {
            return String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let code = pg_curl_global_init(Int(CURL_GLOBAL_ALL))
        return code == CURLE_OK ? nil : "curl_global_init failed with code \(code.rawValue)"
    }()

    /// Loads and initialises libcurl if needed; returns nil on success or the error to report to callers.
    static func ensureInitialized() -> TransportError? {
        unavailableReason.map { .other(code: -1, message: $0) }
    }
}
