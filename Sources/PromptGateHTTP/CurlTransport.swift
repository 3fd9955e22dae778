import CCurl
import Foundation

/// An `HTTPTransport` backed by libcurl: one curl multi handle driven by one dedicated thread,
/// so many requests run concurrently over a shared, keep-alive connection pool (HTTP/2 where offered).
///
/// Proxy environment variables (`http_proxy`, `https_proxy`, `no_proxy`, …) are honoured by libcurl.
public final class CurlTransport: HTTPTransport {
    private let mailbox: CurlMailbox
    private let stopped: DispatchSemaphore

    /// Starts the driver thread; `maxConnections` caps open connections. Extra requests queue inside
    /// libcurl, and their queued time counts against their `totalTimeout`. `limits` caps what a
    /// server may send (body and headers) before the exchange fails with `responseTooLarge`.
    public init(maxConnections: Int = 8, limits: TransferLimits = TransferLimits()) {
        let mailbox = CurlMailbox()
        let stopped = DispatchSemaphore(value: 0)
        let limit = max(1, maxConnections)
        self.mailbox = mailbox
        self.stopped = stopped
        let thread = Thread {
            CurlMultiLoop.run(mailbox: mailbox, maxConnections: limit, limits: limits)
            stopped.signal()
        }
        thread.name = "promptgate-curl"
        thread.start()
    }

    /// Sends `request`; throws `TransportError`, or `CancellationError` if the task is cancelled.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        let mailbox = self.mailbox
        let id = mailbox.reserveID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                mailbox.submit(CurlJob(id: id, request: request, continuation: continuation))
            }
        } onCancel: {
            mailbox.cancel(id)
        }
    }

    deinit {
        // No send() can be in flight here (each holds `self`), so the driver exits promptly.
        mailbox.close(reason: .other(code: -1, message: "transport shut down"))
        _ = stopped.wait(timeout: .now() + 5)
    }
}
