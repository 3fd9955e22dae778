import Foundation

/// Claims a run for this process: a second `run` of the same inputs while the first is alive
/// stops with exit 2 naming the holder, or waits for it with `--wait`.
enum RunLeaseWait {
    /// Seconds between two claims while waiting, and between two heartbeats.
    static let pollInterval = 0.5
    static let heartbeatInterval = 15.0

    /// The claim; never `.busy` (that throws, or is waited out).
    static func claim(
        _ run: RunRecord, store: ResultStore, project: Project, options: RunCommand.Options
    ) async throws -> ResultStore.RunClaim {
        var announced = false
        while true {
            let claim = try store.claimRun(run, resume: options.resume)
            guard case .busy(let other, let holder) = claim else { return claim }
            let what =
                "run \(other.id ?? 0) of \(other.prompt)@v\(other.version) is being run right now by process \(holder.pid) on \(holder.host)"
            guard options.waitForOtherRun else {
                throw InputError(
                    .error(
                        project.config.display(project.config.databaseURL),
                        "\(what); wait for it to finish, or pass --wait to wait for it"))
            }
            if !announced {
                options.log?("waiting: \(what)")
                announced = true
            }
            try await Task.sleep(nanoseconds: UInt64(pollInterval * 1e9))
        }
    }

    /// Renews the lease until cancelled, so a holder on another host is not taken for gone.
    static func heartbeat(store: ResultStore, runID: Int64) -> Task<Void, Never> {
        Task.detached {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(heartbeatInterval * 1e9))
                if Task.isCancelled { return }
                try? store.renewLease(runID: runID)
            }
        }
    }
}
