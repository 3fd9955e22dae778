import Foundation

/// The body sink of a streamed call: takes a 2xx `text/event-stream` body, reads its events as they
/// arrive and notes when the first content came. Any other body (an error status, or a server
/// that answered without streaming) is left to the transport to collect.
final class StreamSink<Dialect: StreamDialect>: HTTPBodySink {
    private struct State {
        var events = ServerSentEvents()
        var dialect: Dialect
        var taken = false
        var firstTokenAt: UInt64?
    }

    private let state: Locked<State>

    init(_ dialect: Dialect) {
        state = Locked(State(dialect: dialect))
    }

    func begin(status: Int, headers: HTTPHeaders) -> Bool {
        let streams =
            (200...299).contains(status)
            && (headers["content-type"]?.lowercased().contains("text/event-stream") ?? false)
        state.withLock { $0.taken = streams }
        return streams
    }

    func receive(_ bytes: UnsafeRawBufferPointer) {
        let now = DispatchTime.now().uptimeNanoseconds
        state.withLock { s in
            guard !s.dialect.ended else { return }
            for event in s.events.feed(bytes) {
                if s.dialect.take(event), s.firstTokenAt == nil { s.firstTokenAt = now }
                if s.dialect.ended { return }
            }
        }
    }

    /// What the stream came to once the exchange finished: nil when the body was not a stream;
    /// otherwise the answer (or failure) and the uptime, in nanoseconds, of the first content.
    var outcome: (result: Result<Dialect.Answer, StreamFailure>, firstTokenAt: UInt64?)? {
        state.withLock { s in s.taken ? (s.dialect.result(), s.firstTokenAt) : nil }
    }
}
