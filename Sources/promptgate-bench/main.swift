import Foundation
import PromptGate
import PromptGateTestSupport

// promptgate-bench: prints performance figures (not a test). Build with -c release:
//   swift run -c release promptgate-bench [--quick]
// Figures are measured in one run on this machine; compare ratios, not absolute times.

let quick = CommandLine.arguments.contains("--quick")
var figures: [Figure] = []
print("promptgate-bench (\(quick ? "quick" : "full") mode)")

for count in quick ? [1_000] : [1_000, 10_000] {
    let project = try SyntheticProject.make(cases: count)
    defer { project.remove() }
    let opened = try project.open()
    var stored: RunCommand.Outcome?
    let m = try await Measurement.of {
        stored = try await RunCommand.run(project: opened, options: .init(reference: PromptReference(name: "bench", version: 1)))
    }
    let perCase = m.cpu / Double(count) * 1000
    figures.append(Figure(name: "replay pipeline, \(count) cases: CPU per case (render, parse, 7 scorers, SQLite, report)", value: String(format: "%.3f ms", perCase), target: "<= 0.5 ms", met: perCase <= 0.5))
    figures.append(Figure(name: "replay pipeline, \(count) cases: wall time", value: String(format: "%.2f s", m.wall), target: "", met: nil))
    if count == 10_000 || quick {
        let dbSize = (try? FileManager.default.attributesOfItem(atPath: opened.config.databaseURL.path)[.size] as? Int) ?? 0
        let walSize = (try? FileManager.default.attributesOfItem(atPath: opened.config.databaseURL.path + "-wal")[.size] as? Int) ?? 0
        let results = stored?.metrics.results ?? 1
        figures.append(Figure(name: "database bytes per result (\(count) results, file + WAL)", value: "\((dbSize + walSize) / max(1, results))", target: "", met: nil))
        figures.append(Figure(name: "peak RSS after a \(count)-case run", value: String(format: "%.1f MiB", Measurement.peakRSSMiB()), target: "<= 50 MiB", met: Measurement.peakRSSMiB() <= 50))
        let store = try opened.openStore()
        _ = try await CompareCommand.run(project: opened, prompt: "bench", baseline: 1, candidate: 2)
        guard let a = try store.latestCompletedRun(prompt: "bench", version: 1)?.id, let b = try store.latestCompletedRun(prompt: "bench", version: 2)?.id else { continue }
        var regressions = 0
        let d = try await Measurement.of {
            let diff = RunDiff(baseline: try store.snapshot(runID: a), candidate: try store.snapshot(runID: b))
            let decision = Gate.evaluate(diff, policy: GatePolicy())
            regressions = diff.regressions.count
            _ = DiffReport(diff: diff, decision: decision).markdown(limit: DiffReport.commentLimit)
        }
        figures.append(Figure(name: "diff of two \(count)-case runs (load, align, gate, report; \(regressions) regressions)", value: String(format: "%.3f s", d.wall), target: "<= 0.5 s", met: d.wall <= 0.5))
    }
}

print("")
print("| figure | value | target | |")
print("| --- | ---: | --- | --- |")
for figure in figures { print(figure.line) }
