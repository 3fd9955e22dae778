/// The final HTTP response of an exchange (interim 1xx responses are dropped).
public struct HTTPResponse: Sendable, Equatable {
    /// The status code, e.g. 200 or 429.
    public var status: Int
    /// Every header line of the final response, in order, with case-insensitive lookup.
    public var headers: HTTPHeaders
    /// The response body bytes, exactly as received (no content decoding is requested).
    public var body: [UInt8]
    /// The protocol version that was used: "1.0", "1.1", "2" or "3"; nil when unknown.
    public var httpVersion: String?

    /// Creates a response; public so that pipeline tests can build canned responses.
    public init(status: Int, headers: HTTPHeaders = [:], body: [UInt8] = [], httpVersion: String? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.httpVersion = httpVersion
    }
}
