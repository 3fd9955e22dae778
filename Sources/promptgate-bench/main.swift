import Foundation
import PromptGate
import PromptGateTestSupport

// promptgate-bench: prints performance figures (not a test). Build with -c release:
//   swift build -c release && .build/release/promptgate-bench [http] [pipeline] [pii] [soak] [stats]
// Modes (all when none is named):
//   http      `promptgate run` pipeline against the fake LLM server over HTTP: 1000 cases at 0 ms and
//             200 ms latency, 32 connections; wall, CPU per case, peak RSS, efficiency
//             (--cases N, --connections C, --latencies 0,0.2, --inprocess, --baseline)
//   pipeline  the real binary on generated replay projects: check cold start, CPU per case, wall,
//             peak RSS, database bytes per result, 10,000-case diff, and a 10,000-case HTTP run of the
//             binary (--quick: 1000 replay cases only; --keep)
//   pii       the PII scanner on the labelled corpus: per-type P/R/F1 and time per 500 characters
//   scoring   one case's scoring time for adversarial replies of 1 KB, 100 KB and 1 MB (flat per byte)
//   soak      2000 cases under a fault mix; every case must end recorded (--quick: 500)
//   stats     the gate simulation tables (false-fail and detection rates for every case mix and
//             repeat correlation; --trials N per cell, default 1000, --quick 200; --seed S for other
//             simulated comparisons, default 20260101) and cases needed
//   ratelimit a run against a server enforcing R requests/min with real 429s and x-ratelimit-*
//             headers: throughput achieved / R and the 429s (--rpm 600, --window 5, --cases 200)
//   scale     10,000 vs 100,000 replay cases side by side (--quick: 1,000 vs 10,000): a run (CPU,
//             wall, peak RSS, database size), merging 10 shard databases, a gate over two runs
//             (only when named: it takes minutes)
// Compare ratios measured in one run: these machines are noisy.

let arguments = CommandLine.arguments
if arguments.count > 2, arguments[1] == "--measure" {
    ChildRun.measureMain(Array(arguments.dropFirst(2)))
}
if let serve = arguments.firstIndex(of: "--serve") {
    BenchServer.serveUntilStdinCloses(latency: serve + 1 < arguments.count ? Double(arguments[serve + 1]) ?? 0 : 0)
}
let known: Set<String> = ["http", "pipeline", "pii", "scoring", "soak", "stats", "ratelimit", "scale"]
let modes = Set(arguments.dropFirst().filter { known.contains($0) })
let quick = arguments.contains("--quick")
func wants(_ mode: String) -> Bool { modes.isEmpty || modes.contains(mode) }
let binary = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("promptgate").path

do {
    if wants("http") { try await BenchRunner(options: BenchOptions(arguments)).run() }
    var figures: [Figure] = []
    if wants("pipeline") {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            FileHandle.standardError.write(
                Data("promptgate-bench: build promptgate first (swift build -c release)\n".utf8))
            exit(2)
        }
        figures += try await PipelineBench.run(binary: binary, quick: quick, keep: arguments.contains("--keep"))
    }
    if wants("pii") { figures += try PIIBench.run() }
    if wants("scoring") { figures += try ScoringBench.run() }
    if !figures.isEmpty {
        print("")
        print("| figure | value | target | |")
        print("| --- | ---: | --- | --- |")
        for figure in figures { print(figure.line) }
    }
    if wants("soak") {
        print("")
        let soak = FaultSoak(cases: quick ? 500 : 2_000)
        print(
            "Fault soak: \(soak.cases) cases, 32 in flight, per attempt 30% 429 (retry-after 1 s), 10% 503, 5% hang (client timeout 1 s), 5% reset mid-body, 5% malformed body; up to 6 attempts"
        )
        print(try await soak.run())
    }
    if wants("ratelimit") {
        print("")
        print(try await RateLimitBench.run(arguments: Array(arguments.dropFirst())))
    }
    if modes.contains("scale") {
        print("")
        print(try ScaleBench.run(binary: binary, quick: quick))
    }
    if wants("stats") {
        print("")
        print(try SignFlipTiming.measure())
        print("")
        let trials = arguments.firstIndex(of: "--trials").flatMap {
            $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil
        }
        let seed = arguments.firstIndex(of: "--seed").flatMap {
            $0 + 1 < arguments.count ? UInt64(arguments[$0 + 1]) : nil
        }
        print(try await StatsBench.run(trials: trials ?? (quick ? 200 : 1_000), seed: seed ?? StatsBench.defaultSeed))
    }
} catch {
    FileHandle.standardError.write(Data("promptgate-bench: \(error)\n".utf8))
    exit(3)
}
