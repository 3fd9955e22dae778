import PromptGate

/// A real HTTP/1.1 server on 127.0.0.1 whose every answer is scripted by a handler, including
/// faults (hangs, resets, truncation). One thread per connection, so slow responses run in parallel.
///
/// Call `stop()` when done (deinit stops it too). Do not call `stop()` from inside the handler.
public final class TestHTTPServer: Sendable {
    private let core: ServerCore

    /// Binds 127.0.0.1 on an ephemeral port; `handler` is called (on a connection thread) once per request.
    public init(handler: @escaping @Sendable (RecordedRequest) -> ScriptedResponse) throws {
        core = try ServerCore(handler: handler)
    }

    /// A server that plays `responses` in order, one per request, repeating the last one forever.
    public convenience init(responses: [ScriptedResponse]) throws {
        let script = Locked((responses, 0))
        try self.init { _ in
            script.withLock { state -> ScriptedResponse in
                let (list, next) = state
                guard !list.isEmpty else { return .respond(status: 404) }
                state.1 = next + 1
                return list[min(next, list.count - 1)]
            }
        }
    }

    /// Starts accepting connections; a no-op when already started. Never throws today, kept throwing for evolution.
    public func start() throws {
        core.start()
    }

    /// The bound TCP port.
    public var port: Int { core.port }

    /// "http://127.0.0.1:PORT".
    public var baseURL: String { "http://127.0.0.1:\(core.port)" }

    /// `baseURL` followed by `path` (which should start with "/").
    public func url(_ path: String) -> String { baseURL + path }

    /// Stops the server: closes the listener, aborts live connections and joins all server threads.
    public func stop() {
        core.stop()
    }

    /// A snapshot of every request received so far, in arrival order.
    public var requests: [RecordedRequest] { core.requests }

    /// How many TCP connections the server has accepted so far.
    public var acceptedConnections: Int { core.acceptedConnections }

    deinit {
        core.stop()
    }
}
