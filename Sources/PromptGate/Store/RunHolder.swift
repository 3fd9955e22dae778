import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The process that holds a run's lease: its pid, host and start time (so a reused pid is not
/// mistaken for the holder). On the same host liveness is checked directly; from another host
/// only a recent heartbeat counts.
public struct RunHolder: Sendable, Equatable {
    public let pid: Int32
    public let host: String
    /// The process's start time in clock ticks since boot (`/proc/<pid>/stat`), 0 when unknown.
    public let processStart: Int64

    /// Seconds without a heartbeat after which a holder on another host counts as gone.
    static let heartbeatTimeout = 120.0

    /// This process.
    public static let current = RunHolder(pid: getpid(), host: hostName(), processStart: startTicks(of: getpid()))

    /// The kernel's host name (no name-service lookup, unlike `ProcessInfo.hostName`).
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// True while the holder still runs (on this host), or heartbeated recently (elsewhere).
    func isAlive(heartbeatAt: Double, now: Double = Date().timeIntervalSince1970) -> Bool {
        if self == Self.current { return true }
        guard host == Self.current.host else { return now - heartbeatAt < Self.heartbeatTimeout }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        let start = Self.startTicks(of: pid)
        return start == 0 || processStart == 0 || start == processStart
    }

    /// Field 22 of `/proc/<pid>/stat` (start time), 0 when it cannot be read or the process is a zombie.
    static func startTicks(of pid: Int32) -> Int64 {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // fields[0] is the state (field 3), so field 22 is fields[19].
        guard fields.count > 19, fields[0] != "Z" else { return 0 }
        return Int64(fields[19]) ?? 0
    }
}
