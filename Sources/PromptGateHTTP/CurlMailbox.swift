import CCurl
import Foundation
import PromptGateSync

/// One submitted request waiting for (or owned by) the driver thread.
struct CurlJob: Sendable {
    let id: UInt64
    let request: HTTPRequest
    let continuation: CheckedContinuation<HTTPResponse, any Error>
}

/// The hand-off point between calling tasks and the curl driver thread.
///
/// Callers reserve an id, submit jobs and request cancellation; the driver drains the queue,
/// reports finished ids and owns the multi handle. `curl_multi_wakeup` is only called while the
/// lock is held and the multi handle is attached, so it can never race `curl_multi_cleanup`.
final class CurlMailbox: Sendable {
    private struct State {
        var multi: UnsafeMutableRawPointer?
        var nextID: UInt64 = 1
        var reserved: Set<UInt64> = []
        var cancelledBeforeSubmit: Set<UInt64> = []
        var live: Set<UInt64> = []
        var incoming: [CurlJob] = []
        var cancels: [UInt64] = []
        var closed: TransportError?
        var wakeupPending = false
    }

    /// What the driver takes out of the mailbox in one go.
    struct Batch {
        var jobs: [CurlJob]
        var cancels: [UInt64]
        var closed: Bool
    }

    private let state = Locked(State())

    // MARK: caller side

    /// Allocates an id for a request that is about to be submitted.
    func reserveID() -> UInt64 {
        state.withLock { s in
            let id = s.nextID
            s.nextID &+= 1
            s.reserved.insert(id)
            return id
        }
    }

    /// Queues `job` for the driver, or resumes it at once when it was cancelled early or the transport is closed.
    func submit(_ job: CurlJob) {
        let immediate: (any Error)? = state.withLock { s in
            s.reserved.remove(job.id)
            if s.cancelledBeforeSubmit.remove(job.id) != nil { return CancellationError() }
            if let reason = s.closed { return reason }
            s.incoming.append(job)
            s.live.insert(job.id)
            Self.wake(&s)
            return nil
        }
        if let immediate { job.continuation.resume(throwing: immediate) }
    }

    /// Asks the driver to abandon request `id`; harmless when it already finished.
    func cancel(_ id: UInt64) {
        state.withLock { s in
            if s.reserved.contains(id) {
                s.cancelledBeforeSubmit.insert(id)
            } else if s.live.contains(id) {
                s.cancels.append(id)
                Self.wake(&s)
            }
        }
    }

    /// Stops accepting work and tells the driver to fail what is in flight and exit.
    func close(reason: TransportError) {
        state.withLock { s in
            if s.closed == nil { s.closed = reason }
            Self.wake(&s)
        }
    }

    // MARK: driver side

    /// Attaches the driver's multi handle so that submissions can wake it.
    func attach(_ multi: UnsafeMutableRawPointer) {
        state.withLock { $0.multi = multi }
    }

    /// Takes every queued job and cancellation request.
    func drain() -> Batch {
        state.withLock { s in
            s.wakeupPending = false
            let batch = Batch(jobs: s.incoming, cancels: s.cancels, closed: s.closed != nil)
            s.incoming.removeAll(keepingCapacity: true)
            s.cancels.removeAll(keepingCapacity: true)
            return batch
        }
    }

    /// Records that request `id` has been resumed.
    func finished(_ id: UInt64) {
        _ = state.withLock { $0.live.remove(id) }
    }

    /// Closes the mailbox for good, detaches the multi handle and returns jobs that never started.
    func detach(reason: TransportError) -> [CurlJob] {
        state.withLock { s in
            if s.closed == nil { s.closed = reason }
            s.multi = nil
            let left = s.incoming
            s.incoming.removeAll()
            s.cancels.removeAll()
            s.live.removeAll()
            return left
        }
    }

    /// The reason new submissions are refused, or nil while the transport is open.
    var closedReason: TransportError? {
        state.withLock { $0.closed }
    }

    /// Wakes the driver's `curl_multi_poll` at most once per drain; caller holds the lock.
    private static func wake(_ s: inout State) {
        guard !s.wakeupPending, let multi = s.multi else { return }
        s.wakeupPending = true
        _ = pg_curl_multi_wakeup(multi)
    }
}
