import Foundation
import PromptGate
import PromptGateTestSupport

/// The fake LLM server side of the benchmark: answers every case correctly after `latency`
/// seconds. Run in a child process by default so the parent's getrusage counts only promptgate.
enum BenchServer {
    static func make(latency: Double) throws -> FakeLLMServer {
        try FakeLLMServer(latency: latency) { request in
            .content(BenchProject.answer(request.caseKey ?? "b1"), inputTokens: 60, outputTokens: 12)
        }
    }

    /// `--serve LATENCY`: prints the base URL, serves until stdin closes.
    static func serveUntilStdinCloses(latency: Double) -> Never {
        do {
            let server = try make(latency: latency)
            FileHandle.standardOutput.write(Data("\(server.openAIBaseURL)\n".utf8))
            while readLine() != nil {}
            server.stop()
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("serve: \(error)\n".utf8))
            exit(1)
        }
    }

    /// Starts `promptgate-bench --serve LATENCY` and returns it with its base URL.
    static func startChild(latency: Double) throws -> (Process, Pipe, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--serve", String(latency)]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let url = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard url.hasPrefix("http://") else { throw BenchError("the child server did not report its URL: \(url)") }
        return (process, input, url)
    }
}

/// A benchmark failure.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
