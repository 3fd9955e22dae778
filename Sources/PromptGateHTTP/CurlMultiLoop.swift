import CCurl
import Foundation

/// The body of the dedicated driver thread: owns the curl multi handle, starts queued jobs,
/// runs `curl_multi_perform`/`curl_multi_poll`, and resumes each job's continuation on completion.
/// Every member is touched only from that one thread.
final class CurlMultiLoop {
    private let mailbox: CurlMailbox
    private let multi: UnsafeMutableRawPointer
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var activeByID: [UInt64: UnsafeMutableRawPointer] = [:]
    private var idle: [CurlEasyHandle] = []
    private let idleLimit: Int
    private let limits: TransferLimits

    private init(mailbox: CurlMailbox, multi: UnsafeMutableRawPointer, maxConnections: Int, limits: TransferLimits) {
        self.mailbox = mailbox
        self.multi = multi
        self.limits = limits
        self.idleLimit = max(4, maxConnections * 2)
    }

    /// Thread entry point: sets up the multi handle, loops until the mailbox closes, then cleans up.
    static func run(mailbox: CurlMailbox, maxConnections: Int, limits: TransferLimits) {
        if let error = CurlGlobal.ensureInitialized() {
            failAll(mailbox.detach(reason: error), with: error)
            return
        }
        guard let multi = pg_curl_multi_init() else {
            let error = TransportError.other(code: -1, message: "curl_multi_init failed")
            failAll(mailbox.detach(reason: error), with: error)
            return
        }
        _ = pg_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxConnections)
        _ = pg_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxConnections)
        let loop = CurlMultiLoop(mailbox: mailbox, multi: multi, maxConnections: maxConnections, limits: limits)
        mailbox.attach(multi)
        loop.loop()
        loop.shutdown()
        pg_curl_multi_cleanup(multi)
    }

    private func loop() {
        var running: Int32 = 0
        while true {
            let batch = mailbox.drain()
            for job in batch.jobs { start(job) }
            for id in batch.cancels { cancel(id) }
            if batch.closed { return }
            if pg_curl_multi_perform(multi, &running) != CURLM_OK {
                usleep(1000)  // defensive: never spin if the multi handle misbehaves
            }
            collectCompletions()
            if pg_curl_multi_poll(multi, nil, 0, 1000, nil) != CURLM_OK {
                usleep(1000)
            }
        }
    }

    private func start(_ job: CurlJob) {
        guard let easy = idle.popLast() ?? CurlEasyHandle.make() else {
            finish(job, .failure(.other(code: -1, message: "curl_easy_init failed")))
            return
        }
        let transfer = CurlTransfer(job: job, easy: easy, limits: limits)
        if let problem = transfer.configure() {
            recycle(transfer)
            finish(job, .failure(problem))
            return
        }
        let added = pg_curl_multi_add_handle(multi, easy.handle)
        guard added == CURLM_OK else {
            recycle(transfer)
            finish(job, .failure(.other(code: -1, message: "curl_multi_add_handle failed (\(added.rawValue))")))
            return
        }
        active[easy.handle] = transfer
        activeByID[job.id] = easy.handle
    }

    private func collectCompletions() {
        var left: Int32 = 0
        while let message = pg_curl_multi_info_read(multi, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
            let code = message.pointee.data.result
            guard let transfer = detach(handle) else { continue }
            let outcome = transfer.outcome(code)
            recycle(transfer)
            finish(transfer.job, outcome)
        }
    }

    private func cancel(_ id: UInt64) {
        guard let handle = activeByID[id], let transfer = detach(handle) else { return }
        recycle(transfer)
        mailbox.finished(id)
        transfer.job.continuation.resume(throwing: CancellationError())
    }

    /// Fails everything still running and releases pooled handles; called once the mailbox has closed.
    private func shutdown() {
        let reason = mailbox.closedReason ?? .other(code: -1, message: "transport shut down")
        let left = mailbox.detach(reason: reason)
        for handle in Array(active.keys) {
            guard let transfer = detach(handle) else { continue }
            recycle(transfer)
            transfer.job.continuation.resume(throwing: reason)
        }
        Self.failAll(left, with: reason)
        idle.removeAll()
    }

    private func detach(_ handle: UnsafeMutableRawPointer) -> CurlTransfer? {
        guard let transfer = active.removeValue(forKey: handle) else { return nil }
        activeByID[transfer.job.id] = nil
        _ = pg_curl_multi_remove_handle(multi, handle)
        return transfer
    }

    private func recycle(_ transfer: CurlTransfer) {
        transfer.releaseHeaderList()
        guard idle.count < idleLimit else { return }  // the handle is freed with the transfer
        transfer.easy.reset()
        idle.append(transfer.easy)
    }

    private func finish(_ job: CurlJob, _ outcome: Result<HTTPResponse, TransportError>) {
        mailbox.finished(job.id)
        job.continuation.resume(with: outcome.mapError { $0 as any Error })
    }

    private static func failAll(_ jobs: [CurlJob], with error: TransportError) {
        for job in jobs { job.continuation.resume(throwing: error) }
    }
}
