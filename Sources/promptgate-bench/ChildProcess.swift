import Foundation

/// Runs the real `promptgate` binary as a child process and reads its wall time, CPU time and peak
/// RSS from wait4, so figures describe the tool a user runs, not the benchmark harness.
///
/// The child is started through a small intermediary (`promptgate-bench --measure`): on Linux a
/// child made by posix_spawn (vfork) inherits its parent's peak RSS in `ru_maxrss`, so a child of
/// the harness, which holds generated projects in memory, would report the harness's peak
/// whenever it is larger than its own. The intermediary is a fresh, small process.
struct ChildRun {
    let status: Int32
    let wall: Double
    let cpu: Double
    let peakRSSMiB: Double

    /// `projectRoot`: pass `--root DIRECTORY` (every command but `merge`, which takes no project).
    static func run(
        _ binary: String, _ arguments: [String], in directory: URL, projectRoot: Bool = true
    ) throws -> ChildRun {
        let bench = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bench)
        process.arguments = ["--measure", binary] + arguments + (projectRoot ? ["--root", directory.path] : [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(separator: " ").compactMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard fields.count == 4 else {
            throw BenchError("the measuring process printed \(String(decoding: data, as: UTF8.self))")
        }
        return ChildRun(status: Int32(fields[0]), wall: fields[1], cpu: fields[2], peakRSSMiB: fields[3])
    }

    /// `promptgate-bench --measure BINARY ARGS...`: runs BINARY once (output discarded) and prints
    /// "status wall cpu peakRSSMiB".
    static func measureMain(_ command: [String]) -> Never {
        guard let binary = command.first else { exit(2) }
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        let start = Date()
        guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { exit(2) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let wall = Date().timeIntervalSince(start)
        print("\((status >> 8) & 0xFF) \(wall) \(Measurement.cpuSeconds(usage)) \(Double(usage.ru_maxrss) / 1024)")
        exit(0)
    }
}
