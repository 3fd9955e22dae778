import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One child started with `posix_spawn`: a clean signal mask and default dispositions (whatever
/// the spawning thread blocks), its own process group (so a timeout reaches its descendants too),
/// an explicit environment, and pipes for stdin, stdout and stderr whose parent ends are non-blocking.
struct ChildProcess {
    let pid: pid_t
    /// The parent's ends: write to `stdin`, read from `stdout` and `stderr`.
    let stdin: Int32, stdout: Int32, stderr: Int32

    /// Signals the child resets to their default action (the parent may ignore or block them).
    private static let defaultSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGALRM, SIGUSR1, SIGUSR2]

    /// Starts `executable` in `directory`; returns why not on failure.
    static func spawn(
        executable: String, arguments: [String], directory: String, environment: [String: String]
    ) -> Result<ChildProcess, ProcessRun.Failure> {
        var fds: [Int32] = []
        func pipePair() -> (read: Int32, write: Int32)? {
            var pair: [Int32] = [-1, -1]
            guard pipe(&pair) == 0 else { return nil }
            fds += pair
            for fd in pair { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            return (pair[0], pair[1])
        }
        guard let input = pipePair(), let output = pipePair(), let errors = pipePair() else {
            fds.forEach { close($0) }
            return .failure(.cannotStart("no pipes: \(String(cString: strerror(errno)))"))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input.read, 0)
        posix_spawn_file_actions_adddup2(&actions, output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errors.write, 2)
        _ = spawnAddChdir(&actions, directory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for signal in defaultSignals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv + [nil], envp + [nil])
        close(input.read)
        close(output.write)
        close(errors.write)
        guard status == 0 else {
            [input.write, output.read, errors.read].forEach { close($0) }
            return .failure(.cannotStart(String(cString: strerror(status))))
        }
        for fd in [input.write, output.read, errors.read] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return .success(ChildProcess(pid: pid, stdin: input.write, stdout: output.read, stderr: errors.read))
    }

    /// Sends `signal` to the child's whole process group.
    func signalGroup(_ signal: Int32) {
        if kill(-pid, signal) != 0 { _ = kill(pid, signal) }
    }

    /// The raw wait status once the child has exited, without blocking; nil while it runs.
    func exitStatus() -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        if result == pid { return status }
        if result < 0 && errno == ECHILD { return 0 }
        return nil
    }

    /// Stops the whole group: SIGTERM, up to `grace` seconds to leave, then SIGKILL; reaps the child.
    func terminateGroup(grace: Double) {
        signalGroup(SIGTERM)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, min(grace, 60)) * 1e9)
        while exitStatus() == nil {
            guard DispatchTime.now().uptimeNanoseconds < deadline else {
                signalGroup(SIGKILL)
                var status: Int32 = 0
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(5_000)
        }
        // Descendants that outlived the leader (or ignored SIGTERM) go too.
        _ = kill(-pid, SIGKILL)
    }
}

/// glibc's `posix_spawn_file_actions_addchdir_np` (2.29+), which Swift's Glibc module does not
/// export because it is declared only under `_GNU_SOURCE`.
@_silgen_name("posix_spawn_file_actions_addchdir_np")
private func spawnAddChdir(
    _ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: UnsafePointer<CChar>
) -> Int32
