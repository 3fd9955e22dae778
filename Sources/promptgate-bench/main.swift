import Foundation
import PromptGate
import PromptGateTestSupport

// promptgate-bench: prints performance figures (not a test). Build with -c release:
//   swift build -c release && .build/release/promptgate-bench [pipeline] [pii] [soak] [stats] [--quick] [--keep]
// The `promptgate` binary next to this one is run as a child process on generated projects, so
// the figures describe the real tool. Compare ratios measured in one run: these machines are noisy.

let arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
let modes = Set(arguments.filter { !$0.hasPrefix("--") })
func wants(_ mode: String) -> Bool { modes.isEmpty || modes.contains(mode) }
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("promptgate").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    FileHandle.standardError.write(Data("promptgate-bench: build promptgate first (swift build -c release)\n".utf8))
    exit(2)
}
var figures: [Figure] = []
if wants("pipeline") { figures += try await PipelineBench.run(binary: binary, quick: quick, keep: arguments.contains("--keep")) }
if wants("pii") { figures += try PIIBench.run() }
if !figures.isEmpty {
    print("")
    print("| figure | value | target | |")
    print("| --- | ---: | --- | --- |")
    for figure in figures { print(figure.line) }
}
if wants("soak") {
    print("")
    let soak = FaultSoak(cases: quick ? 500 : 2_000)
    print("Fault soak: \(soak.cases) cases, 32 in flight, per attempt 30% 429 (retry-after 1 s), 10% 503, 5% hang (client timeout 1 s), 5% reset mid-body, 5% malformed body; up to 6 attempts")
    print(try await soak.run())
}
if wants("stats") {
    print("")
    for model in [ChangeModel.diffuse, .concentrated] {
        print(try await GateSimulation.table(configuration: GateSimulation.Configuration(changeModel: model)))
        print("")
    }
}
