import CCurl

/// A reusable libcurl easy handle plus its error buffer; lives only on the driver thread.
final class CurlEasyHandle {
    /// The `CURL *` handle.
    let handle: UnsafeMutableRawPointer
    /// CURL_ERROR_SIZE bytes that libcurl fills with a readable failure reason.
    let errorBuffer: UnsafeMutablePointer<CChar>

    private init(handle: UnsafeMutableRawPointer) {
        self.handle = handle
        self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        self.errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    /// Creates a handle, or nil when libcurl cannot allocate one.
    static func make() -> CurlEasyHandle? {
        guard let handle = pg_curl_easy_init() else { return nil }
        return CurlEasyHandle(handle: handle)
    }

    /// Clears all options so the handle can serve another request (connections stay in the multi's pool).
    func reset() {
        pg_curl_easy_reset(handle)
        errorBuffer[0] = 0
    }

    /// The text libcurl left in the error buffer, or "" when none.
    var errorText: String {
        errorBuffer[Int(CURL_ERROR_SIZE) - 1] = 0
        return String(cString: errorBuffer)
    }

    deinit {
        pg_curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }
}
