/// One HTTP request as handed to an `HTTPTransport`.
public struct HTTPRequest: Sendable {
    /// The method token, e.g. "GET" or "POST".
    public var method: String
    /// The absolute URL (http or https).
    public var url: String
    /// Request header fields; they are never copied into error messages.
    public var headers: HTTPHeaders
    /// The request body; empty means no body.
    public var body: [UInt8]
    /// Seconds allowed to establish the connection (TCP + TLS); 0 or less means libcurl's default.
    public var connectTimeout: Double
    /// Seconds allowed for the whole exchange, connection included; 0 or less means no limit.
    /// With `CurlTransport` the clock starts at submission, so time spent queued for a free
    /// connection slot (beyond `maxConnections`) counts too.
    public var totalTimeout: Double
    /// Takes the body as it arrives (streamed answers); nil: the response carries the whole body.
    public var bodySink: (any HTTPBodySink)?

    /// Creates a request; defaults are a GET with no body, 10 s connect and 60 s total timeout.
    public init(
        method: String = "GET",
        url: String,
        headers: HTTPHeaders = [:],
        body: [UInt8] = [],
        connectTimeout: Double = 10,
        totalTimeout: Double = 60,
        bodySink: (any HTTPBodySink)? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.bodySink = bodySink
    }
}
