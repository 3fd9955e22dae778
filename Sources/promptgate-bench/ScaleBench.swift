import Foundation
import PromptGateTestSupport

/// Scale figures of the real binary at two sizes side by side (10,000 and 100,000 cases; --quick:
/// 1,000 and 10,000): a replay run (CPU, wall, peak RSS, database size), merging 10 shard
/// databases of a tenth of the cases each, and a gate over two stored runs. Each figure's ratio
/// between the sizes should be about 10 (linear).
enum ScaleBench {
    /// One measured size.
    struct Sample {
        var run: ChildRun
        var databaseMiB: Double
        var gate: ChildRun
        var merge: ChildRun
        var mergedMiB: Double
    }

    static func run(binary: String, quick: Bool) throws -> String {
        let sizes = quick ? [1_000, 10_000] : [10_000, 100_000]
        var samples: [Sample] = []
        for count in sizes {
            FileHandle.standardError.write(Data("scale: \(count) cases…\n".utf8))
            samples.append(try measure(binary: binary, cases: count))
        }
        guard samples.count == 2 else { return "" }
        let (a, b) = (samples[0], samples[1])
        var lines = [
            "Scale (replay, the real binary; \(sizes[0]) vs \(sizes[1]) cases; ratio 10 = linear)",
            "",
            "| figure | \(sizes[0]) cases | \(sizes[1]) cases | ratio |",
            "| --- | ---: | ---: | ---: |",
        ]
        func row(_ name: String, _ x: Double, _ y: Double, _ format: String) {
            lines.append(
                "| \(name) | \(String(format: format, x)) | \(String(format: format, y)) | \(x > 0 ? String(format: "%.1f", y / x) : "-") |"
            )
        }
        row("run: CPU (s)", a.run.cpu, b.run.cpu, "%.2f")
        row("run: wall (s)", a.run.wall, b.run.wall, "%.2f")
        row("run: peak RSS (MiB)", a.run.peakRSSMiB, b.run.peakRSSMiB, "%.1f")
        row("run: database (MiB, file + WAL)", a.databaseMiB, b.databaseMiB, "%.1f")
        row("merge of 10 shards: CPU (s)", a.merge.cpu, b.merge.cpu, "%.2f")
        row("merge of 10 shards: wall (s)", a.merge.wall, b.merge.wall, "%.2f")
        row("merge of 10 shards: peak RSS (MiB)", a.merge.peakRSSMiB, b.merge.peakRSSMiB, "%.1f")
        row("merged database (MiB)", a.mergedMiB, b.mergedMiB, "%.1f")
        row("gate over two stored runs: CPU (s)", a.gate.cpu, b.gate.cpu, "%.2f")
        row("gate over two stored runs: wall (s)", a.gate.wall, b.gate.wall, "%.2f")
        row("gate over two stored runs: peak RSS (MiB)", a.gate.peakRSSMiB, b.gate.peakRSSMiB, "%.1f")
        return lines.joined(separator: "\n")
    }

    static func measure(binary: String, cases count: Int) throws -> Sample {
        let project = try SyntheticProject.make(cases: count)
        defer { project.remove() }
        let root = project.root
        let run = try checked(ChildRun.run(binary, ["run", "bench@v1"], in: root), "run bench@v1")
        let databaseMiB = size(root.appendingPathComponent(".promptgate/promptgate.sqlite").path)
        _ = try checked(ChildRun.run(binary, ["run", "bench@v2"], in: root), "run bench@v2")
        // Both versions are stored: the gate loads, aligns, judges and writes its report.
        let gate = try checked(ChildRun.run(binary, ["gate", "bench@v2"], in: root), "gate bench@v2", allowed: [0, 1])
        var shards: [String] = []
        for index in 1...10 {
            let path = root.appendingPathComponent("shard-\(index).sqlite").path
            _ = try checked(
                ChildRun.run(binary, ["run", "bench@v1", "--shard", "\(index)/10", "--db", path], in: root),
                "run --shard \(index)/10")
            shards.append(path)
        }
        let merged = root.appendingPathComponent("merged.sqlite").path
        let merge = try checked(
            ChildRun.run(binary, ["merge", merged] + shards, in: root, projectRoot: false), "merge")
        return Sample(run: run, databaseMiB: databaseMiB, gate: gate, merge: merge, mergedMiB: size(merged))
    }

    private static func checked(_ run: ChildRun, _ what: String, allowed: Set<Int32> = [0]) throws -> ChildRun {
        guard allowed.contains(run.status) else { throw BenchError("\(what) exited \(run.status)") }
        return run
    }

    /// File plus WAL, in MiB.
    private static func size(_ path: String) -> Double {
        let bytes = [path, path + "-wal"].reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
        }
        return Double(bytes) / 1_048_576
    }
}
