/// Takes a response body piece by piece as it arrives instead of the transport collecting it: for
/// streamed answers (server-sent events), where when each piece arrived matters (time to first
/// token) and the whole body is never needed at once. The transport's body cap still applies.
public protocol HTTPBodySink: AnyObject, Sendable {
    /// Called once, on the transport's thread, when the final response's head is complete and its
    /// body starts; true takes the body (the response's `body` then stays empty), false leaves it
    /// to the transport to collect as usual (an error status, or a server that did not stream).
    func begin(status: Int, headers: HTTPHeaders) -> Bool
    /// Called with each piece of a taken body, in order, on the transport's thread; keep it short.
    func receive(_ bytes: UnsafeRawBufferPointer)
}
