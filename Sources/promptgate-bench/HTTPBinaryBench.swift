import Foundation
import PromptGateTestSupport

/// The real binary over HTTP at 10,000 cases: `promptgate run` against the fake server (in its own
/// process, 0 ms latency, 32 connections), measured like the replay runs. Unlike replay, this
/// process loads libcurl and keeps 32 transfers in flight.
enum HTTPBinaryBench {
    static func run(binary: String, cases: Int) throws -> [Figure] {
        let (server, serverInput, url) = try BenchServer.startChild(latency: 0)
        defer {
            try? serverInput.fileHandleForWriting.close()
            server.waitUntilExit()
        }
        let project = try BenchProject.make(count: cases, base: url, concurrency: 32)
        defer { project.remove() }
        setenv(BenchProject.keyVariable, "bench-key", 1)  // the measured child inherits it
        let run = try ChildRun.run(binary, ["run", "triage@v1", "--no-cache"], in: project.root)
        guard run.status == 0 else { throw BenchError("the HTTP run exited with \(run.status)") }
        let perCase = run.cpu / Double(cases) * 1000
        return [
            Figure(
                name: "HTTP run of the binary, \(cases) cases, 0 ms latency, 32 connections: CPU per case",
                value: String(format: "%.3f ms", perCase), target: "<= 0.5 ms", met: perCase <= 0.5),
            Figure(
                name: "HTTP run of the binary, \(cases) cases: wall time", value: String(format: "%.2f s", run.wall),
                target: "", met: nil),
            Figure(
                name: "HTTP run of the binary, \(cases) cases: peak RSS",
                value: String(format: "%.1f MiB", run.peakRSSMiB), target: "<= 50 MiB", met: run.peakRSSMiB <= 50),
        ]
    }
}
