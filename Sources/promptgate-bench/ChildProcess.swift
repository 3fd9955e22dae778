import Foundation

/// Runs the real `promptgate` binary as a child process and reads its wall time, CPU time and peak
/// RSS from wait4, so figures describe the tool a user runs, not the benchmark harness.
struct ChildRun {
    let status: Int32
    let wall: Double
    let cpu: Double
    let peakRSSMiB: Double

    static func run(_ binary: String, _ arguments: [String], in directory: URL) throws -> ChildRun {
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments + ["--root", directory.path]).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = Date()
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw NSError(domain: "bench", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot start \(binary)"]) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let wall = Date().timeIntervalSince(start)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ChildRun(status: (status >> 8) & 0xFF, wall: wall, cpu: cpu, peakRSSMiB: Double(usage.ru_maxrss) / 1024)
    }
}
