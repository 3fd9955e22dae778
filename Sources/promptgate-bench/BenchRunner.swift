import Foundation
import PromptGate
import PromptGateTestSupport

/// Runs one benchmark round per latency and prints its figures: wall time, CPU per case
/// (getrusage), peak RSS and efficiency = ideal / actual with ideal = ceil(cases / connections) × latency.
struct BenchRunner {
    let options: BenchOptions

    func run() async throws {
        print(
            "promptgate-bench: \(options.cases) cases, \(options.connections) connections, server \(options.inProcess ? "in-process (its CPU counted)" : "in a child process (CPU = promptgate only)")"
        )
        for latency in options.latencies {
            let (child, stdin, url, server) = try startServer(latency: latency)
            defer {
                server?.stop()
                try? stdin?.fileHandleForWriting.close()
                child?.waitUntilExit()
            }
            let warmUp = try BenchProject.make(count: 64, base: url, concurrency: options.connections)
            _ = try await round(warmUp)  // libcurl, SQLite, allocator
            warmUp.remove()
            let project = try BenchProject.make(count: options.cases, base: url, concurrency: options.connections)
            let before = Usage.now()
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = try await round(project)
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let used = Usage.now() - before
            project.remove()
            let cpuPerCase = used.cpu / Double(options.cases) * 1000
            var line = String(
                format:
                    "latency %3.0f ms: wall %.3f s, CPU %.3f s (user %.3f, sys %.3f) = %.3f ms/case, peak RSS %.1f MB, passed %d/%d",
                latency * 1000, wall, used.cpu, used.user, used.system, cpuPerCase, Usage.peakRSSMegabytes(),
                outcome.metrics.passed, options.cases)
            if latency > 0 {
                let ideal = (Double(options.cases) / Double(options.connections)).rounded(.up) * latency
                line += String(format: ", efficiency %.3f (ideal %.2f s)", ideal / wall, ideal)
            }
            print(line)
            guard outcome.metrics.passed == options.cases else {
                throw BenchError("not every case passed: \(outcome.metrics)")
            }
            if options.transportBaseline && latency > 0 {
                let start = DispatchTime.now().uptimeNanoseconds
                try await TransportBaseline.run(base: url, cases: options.cases, connections: options.connections)
                let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let ideal = (Double(options.cases) / Double(options.connections)).rounded(.up) * latency
                print(String(format: "  bare transport, same server: wall %.3f s, efficiency %.3f", wall, ideal / wall))
            }
        }
    }

    private func startServer(latency: Double) throws -> (Process?, Pipe?, String, FakeLLMServer?) {
        if options.inProcess {
            let server = try BenchServer.make(latency: latency)
            return (nil, nil, server.openAIBaseURL, server)
        }
        let (process, stdin, url) = try BenchServer.startChild(latency: latency)
        return (process, stdin, url, nil)
    }

    /// One `promptgate run` of the project (measured from opening it to the written report).
    private func round(_ project: TempProject) async throws -> RunCommand.Outcome {
        var runOptions = RunCommand.Options(
            reference: PromptReference(name: "triage", version: 1), concurrency: options.connections)
        runOptions.environment = [BenchProject.keyVariable: "bench-key"]
        runOptions.noCache = true
        let outcome = try await RunCommand.run(project: try project.open(), options: runOptions)
        return outcome
    }
}

/// Process CPU time and peak memory from getrusage(RUSAGE_SELF).
struct Usage {
    var user: Double
    var system: Double
    var cpu: Double { user + system }

    static func now() -> Usage {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Usage(
            user: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
            system: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
    }

    /// Peak resident set size of this process so far (ru_maxrss is in KiB on Linux).
    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func - (lhs: Usage, rhs: Usage) -> Usage {
        Usage(user: lhs.user - rhs.user, system: lhs.system - rhs.system)
    }
}
