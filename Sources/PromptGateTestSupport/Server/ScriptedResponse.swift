/// What the test server does with one request.
public enum ScriptedResponse: Sendable {
    /// Waits `delay` seconds, then sends a complete response. A Content-Length header is added unless
    /// `headers` already has Content-Length or Transfer-Encoding.
    case respond(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], delay: Double = 0)
    /// Reads the request and never answers; closes after `seconds` (or at `stop()`).
    case hang(seconds: Double)
    /// Sends the head with Content-Length `declaredLength` (default: partial length + 1024) and
    /// `partialBody`, pauses 20 ms, then closes with RST (SO_LINGER 0).
    case resetMidBody(status: Int, headers: [(String, String)] = [], partialBody: [UInt8], declaredLength: Int? = nil)
    /// Sends the head with Content-Length `declaredLength` but only `body`, then closes with FIN.
    case truncated(status: Int, headers: [(String, String)] = [], body: [UInt8], declaredLength: Int)
    /// Reads the request and closes the connection (FIN) without sending anything.
    case closeWithoutResponse
    /// Sends the head at once with `Transfer-Encoding: chunked`, then each piece as its own chunk
    /// after its delay (seconds): a server-sent event stream. `end` says how the body ends.
    case stream(status: Int, headers: [(String, String)] = [], pieces: [StreamPiece], end: StreamEnd = .complete)

    /// One chunk of a streamed body and how long to wait before sending it.
    public struct StreamPiece: Sendable {
        public let delay: Double
        public let bytes: [UInt8]

        public init(_ text: String, after delay: Double = 0) {
            self.delay = delay
            self.bytes = Array(text.utf8)
        }
    }

    /// How a streamed body ends.
    public enum StreamEnd: Sendable {
        /// The last chunk (`0\r\n\r\n`): the body is complete as far as HTTP goes.
        case complete
        /// The connection closes (FIN) without the last chunk: the transfer breaks off.
        case cut
    }

    /// A response with a UTF-8 text body.
    public static func text(
        _ body: String, status: Int = 200, headers: [(String, String)] = [], delay: Double = 0
    ) -> ScriptedResponse {
        .respond(
            status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + headers,
            body: Array(body.utf8), delay: delay)
    }

    /// A response with a JSON body given as text.
    public static func json(
        _ body: String, status: Int = 200, headers: [(String, String)] = [], delay: Double = 0
    ) -> ScriptedResponse {
        .respond(
            status: status, headers: [("Content-Type", "application/json")] + headers,
            body: Array(body.utf8), delay: delay)
    }
}
