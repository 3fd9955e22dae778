import Foundation

/// Header fields of a recorded request, in arrival order, with case-insensitive lookup.
public struct RecordedHeaders: Sendable, Sequence {
    /// The fields exactly as received (names keep their original case).
    public let fields: [(name: String, value: String)]

    /// Wraps fields in arrival order.
    public init(_ fields: [(name: String, value: String)]) {
        self.fields = fields
    }

    /// The first value whose name matches case-insensitively.
    public subscript(name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Every value whose name matches case-insensitively, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// Iterates the fields in arrival order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }
}

/// One request as the test server received it.
public struct RecordedRequest: Sendable {
    /// The method token, e.g. "POST".
    public let method: String
    /// The request target as sent (path plus query), e.g. "/v1/chat?x=1".
    public let path: String
    /// The protocol version from the request line, e.g. "HTTP/1.1".
    public let version: String
    /// The request header fields.
    public let headers: RecordedHeaders
    /// The body bytes (chunked bodies are de-chunked).
    public let body: [UInt8]
    /// Wall-clock arrival time.
    public let receivedAt: Date
    /// Arrival time on the monotonic clock, in seconds; use differences for timing assertions.
    public let monotonicTime: Double
    /// 0-based position in the server's arrival order.
    public let index: Int
    /// Which accepted TCP connection carried the request (1-based, in accept order).
    public let connectionID: Int

    /// The body decoded as UTF-8 (invalid bytes replaced).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// Seconds on CLOCK_MONOTONIC.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
