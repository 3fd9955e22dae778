import Foundation

/// Runs the built `promptgate` binary as a user would and captures its output and exit code.
enum CLIRunner {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `swift build` / `swift test` produced next to the test bundle.
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("promptgate"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("promptgate"),
            packageRoot.appendingPathComponent(".build/debug/promptgate"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// True when the process died of a signal (a trap, a crash) instead of exiting.
        var crashed = false
    }

    /// Runs the binary on a dedicated thread, so the test never blocks Swift's small cooperative
    /// thread pool (other tests' servers and timers keep running while the child works).
    /// `executable` (default: the promptgate binary) is what runs, e.g. a wrapper given the binary's path.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], executable: String? = nil
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    with: Swift.Result {
                        try runBlocking(arguments, in: directory, environment: environment, executable: executable)
                    })
            }
            thread.start()
        }
    }

    private static func runBlocking(
        _ arguments: [String], in directory: URL, environment: [String: String], executable: String?
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Drain standard error on another thread: a child that fills one pipe while we wait on the
        // other would otherwise never finish.
        let errBox = DataBox()
        let errReader = Thread {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile(); errBox.done.signal()
        }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errBox.done.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errBox.data, as: UTF8.self), crashed: process.terminationReason == .uncaughtSignal)
    }

    /// Copies the bundled example (config, prompts, test sets) into a fresh folder.
    static func copyOfBundledExample() throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent(
            "promptgate-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for item in ["promptgate.yaml", "prompts", "testsets"] {
            try FileManager.default.copyItem(
                at: packageRoot.appendingPathComponent(item), to: target.appendingPathComponent(item))
        }
        return target
    }
}

/// Standard error's bytes, handed from the reader thread to the caller.
private final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
