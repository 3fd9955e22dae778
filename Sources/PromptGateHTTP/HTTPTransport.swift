/// Something that performs one HTTP exchange; implemented by `CurlTransport` and by test doubles.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the final response, or throws a `TransportError`
    /// (or `CancellationError` when the calling task is cancelled).
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
