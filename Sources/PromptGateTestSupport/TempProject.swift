import Foundation
import PromptGate

/// A promptgate project in a fresh temporary folder, written file by file, for tests. Each test
/// gets its own folder and database.
public struct TempProject: Sendable {
    public let root: URL

    /// Creates an empty project folder with the given files (path relative to the root -> text).
    public init(files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("promptgate-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// Writes one file, creating folders.
    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Reads one file.
    public func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Opens the project.
    public func open() throws -> Project {
        try Project.open(root: root)
    }

    /// Writes the recordings of a prompt version: one response text per case id (repeat 0..<repeats),
    /// hashed against the currently rendered requests, as a live `--record` would.
    public func record(
        _ prompt: String, version: Int, outputs: [String: String], stopReasons: [String: StopReason] = [:],
        repeats: Int = 1
    ) throws {
        let project = try open()
        let plan = try project.plan(prompt, version: version, repeats: repeats)
        var file = RecordingFile(path: "")
        for call in plan.calls {
            guard let text = outputs[call.request.caseID] else { continue }
            let response = CompletionResponse(
                text: text, stopReason: stopReasons[call.request.caseID] ?? .stop,
                usage: TokenUsage(inputTokens: 100, outputTokens: 20), model: call.request.model, latencyMs: 100)
            file.add(
                Recording(
                    caseID: call.request.caseID, repeatIndex: call.request.repeatIndex,
                    requestHash: call.request.requestHash, response: response))
        }
        let url = RecordingFile.url(
            config: project.config, testset: plan.testSet.name, prompt: prompt, version: version)
        try write(project.config.display(url), file.serialized(order: plan.testSet.cases.ids))
    }

    /// Deletes the folder.
    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
