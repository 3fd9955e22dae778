import Foundation
import PromptGateTestSupport

@testable import PromptGate

/// The bundled example, copied into a temp project and compared (v3 vs v2, gated), so report tests
/// read real stored runs.
struct ReportFixture {
    let project: TempProject
    let opened: Project
    let store: ResultStore
    let gate: GateCommand.Outcome

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func make() async throws -> ReportFixture {
        let project = try TempProject()
        for item in ["promptgate.yaml", "prompts", "testsets"] {
            try FileManager.default.copyItem(
                at: packageRoot.appendingPathComponent(item), to: project.root.appendingPathComponent(item))
        }
        let opened = try project.open()
        let gate = try await GateCommand.run(
            project: opened, reference: PromptReference(name: "extract-ticket", version: 3))
        return ReportFixture(project: project, opened: opened, store: try opened.openStore(), gate: gate)
    }

    var diff: RunDiff {
        get throws {
            guard let diff = gate.diff else { throw StoreError.notFound("no diff") }
            return diff
        }
    }
}

/// Golden files: compared byte for byte; `RECORD_SNAPSHOTS=1 swift test` re-records them.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__")

    /// Nil when `text` equals the stored snapshot (or it was just recorded); else a description of the first difference.
    static func check(_ text: String, named name: String) throws -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
            || !FileManager.default.fileExists(atPath: url.path)
        {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
                ? nil : "snapshot \(name) was missing and has been recorded; run again"
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        if stored == text { return nil }
        let a = stored.split(separator: "\n", omittingEmptySubsequences: false),
            b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let expected = line < a.count ? String(a[line]) : "<end>"
        let actual = line < b.count ? String(b[line]) : "<end>"
        return
            "snapshot \(name) differs at line \(line + 1):\n  expected: \(expected)\n  actual:   \(actual)\nre-record with RECORD_SNAPSHOTS=1 if the change is intended"
    }
}

/// Parses Markdown with a real GFM parser (cmark-gfm, installed by .ci/run).
enum GFM {
    static func html(_ markdown: String, extensions: [String] = ["table"]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["cmark-gfm", "--unsafe"] + extensions.flatMap { ["-e", $0] } + ["--to", "html"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(markdown.utf8)); try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw StoreError.notFound(
                "cmark-gfm failed (exit \(process.terminationStatus)); is it installed? Install it: apt-get install cmark-gfm (.ci/run does)"
            )
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Markdown tables in the source: header separator lines.
    static func markdownTables(_ markdown: String) -> Int {
        markdown.split(separator: "\n").filter { $0.hasPrefix("| ---") || $0.hasPrefix("|---") }.count
    }
}
