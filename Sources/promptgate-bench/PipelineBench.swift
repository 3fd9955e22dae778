import Foundation
import PromptGate
import PromptGateTestSupport

/// Figures of the real binary on generated projects: cold start, CPU per case, wall time, peak
/// RSS, database bytes per result, and the in-process diff of two runs.
enum PipelineBench {
    static func run(binary: String, quick: Bool, keep: Bool) async throws -> [Figure] {
        var figures: [Figure] = []
        print("promptgate-bench (\(quick ? "quick" : "full") mode), binary \(binary)")

        // Cold start of `check` on the bundled-size example: median of 9 runs.
        do {
            let project = try SyntheticProject.make(cases: 64)
            defer { project.remove() }
            var times: [Double] = []
            for _ in 0..<9 { times.append(try ChildRun.run(binary, ["check"], in: project.root).wall) }
            let median = times.sorted()[times.count / 2]
            figures.append(
                Figure(
                    name: "`promptgate check` cold start (64 cases, 2 versions; median of 9)",
                    value: String(format: "%.0f ms", median * 1000), target: "<= 50 ms", met: median <= 0.05))
        }

        for count in quick ? [1_000] : [1_000, 10_000] {
            let project = try SyntheticProject.make(cases: count)
            defer { if keep { print("kept \(project.root.path)") } else { project.remove() } }
            let run = try ChildRun.run(binary, ["run", "bench@v1"], in: project.root)
            guard run.status == 0 else { print("run failed with exit \(run.status)"); return figures }
            let perCase = run.cpu / Double(count) * 1000
            figures.append(
                Figure(
                    name:
                        "replay run, \(count) cases: CPU per case (whole process: load, render, parse, 7 scorers, SQLite, report)",
                    value: String(format: "%.3f ms", perCase), target: "<= 0.5 ms", met: perCase <= 0.5))
            figures.append(
                Figure(
                    name: "replay run, \(count) cases: wall time", value: String(format: "%.2f s", run.wall),
                    target: "", met: nil))
            figures.append(
                Figure(
                    name: "replay run, \(count) cases: peak RSS", value: String(format: "%.1f MiB", run.peakRSSMiB),
                    target: count == 10_000 ? "<= 50 MiB" : "", met: count == 10_000 ? run.peakRSSMiB <= 50 : nil))
            let db = project.root.appendingPathComponent(".promptgate/promptgate.sqlite").path
            let size =
                ((try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0)
                + ((try? FileManager.default.attributesOfItem(atPath: db + "-wal")[.size] as? Int) ?? 0)
            figures.append(
                Figure(
                    name: "database bytes per result (\(count) results, file + WAL)", value: "\(size / count)",
                    target: "", met: nil))
            let second = try ChildRun.run(binary, ["run", "bench@v2"], in: project.root)
            guard second.status == 0 else { print("run failed with exit \(second.status)"); return figures }
            // The diff itself, in process: load both runs, align, gate, render the PR summary.
            let opened = try project.open()
            let store = try opened.openStore()
            guard let a = try store.latestCompletedRun(prompt: "bench", version: 1)?.id,
                let b = try store.latestCompletedRun(prompt: "bench", version: 2)?.id
            else { return figures }
            // Median of 5: one sample on these shared machines varies by +/-30%.
            var samples: [(total: Double, load: Double, align: Double, gate: Double, report: Double)] = []
            var regressions = 0
            for _ in 0..<5 {
                let clock = ContinuousClock()
                let t0 = clock.now
                let loaded = try store.snapshots(a, b)
                let t1 = clock.now
                let diff = RunDiff(snapshots: loaded)
                regressions = diff.regressions.count
                let t2 = clock.now
                let decision = Gate.evaluate(diff, policy: GatePolicy())
                let t3 = clock.now
                _ = DiffReport(diff: diff, decision: decision).markdown(limit: DiffReport.commentLimit)
                let t4 = clock.now
                samples.append(
                    ((t4 - t0).seconds, (t1 - t0).seconds, (t2 - t1).seconds, (t3 - t2).seconds, (t4 - t3).seconds))
            }
            let m = samples.sorted { $0.total < $1.total }[samples.count / 2]
            let parts = String(
                format: "load %.3f, align %.3f, gate %.3f, report %.3f", m.load, m.align, m.gate, m.report)
            figures.append(
                Figure(
                    name: "diff of two \(count)-case runs (median of 5: \(parts); \(regressions) regressions)",
                    value: String(format: "%.3f s", m.total), target: "<= 0.5 s", met: m.total <= 0.5))
        }
        if !quick { figures += try HTTPBinaryBench.run(binary: binary, cases: 10_000) }
        return figures
    }
}
