// promptgate-bench: end-to-end figures for `promptgate run` against the fake LLM server (not a
// test). Build with `swift build -c release`, run `.build/release/promptgate-bench`.
// Options: --cases N (1000), --connections C (32), --latencies 0,0.2, --inprocess.
import Foundation

let arguments = CommandLine.arguments
if let serve = arguments.firstIndex(of: "--serve") {
    BenchServer.serveUntilStdinCloses(latency: serve + 1 < arguments.count ? Double(arguments[serve + 1]) ?? 0 : 0)
}
do {
    try await BenchRunner(options: BenchOptions(arguments)).run()
} catch {
    FileHandle.standardError.write(Data("promptgate-bench: \(error)\n".utf8))
    exit(3)
}
