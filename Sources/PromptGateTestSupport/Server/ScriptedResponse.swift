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
        .respond(status: status, headers: [("Content-Type", "application/json")] + headers,
            body: Array(body.utf8), delay: delay)
    }
}
