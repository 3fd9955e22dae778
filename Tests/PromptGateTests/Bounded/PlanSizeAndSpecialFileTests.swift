import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// Repeats and plan sizes are capped before anything is built, and special files are refused
/// before they are opened (opening a named pipe used to block forever).
@Suite struct PlanSizeAndSpecialFileTests {
    @Test func repeatsOverTheCapAreRefusedBeforeAnythingIsBuilt() throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let opened = try project.open()
        let start = monotonicNow()
        #expect(throws: InputError.self) { try opened.plan("sentiment", version: 1, repeats: 1_000_000) }
        #expect(throws: InputError.self) { try opened.plan("sentiment", version: 1, repeats: Int.max) }
        #expect(monotonicNow() - start < 2)
        #expect(throws: Never.self) { try opened.plan("sentiment", version: 1, repeats: ProjectConfig.maxRepeats) }
    }

    @Test func planSizeIsCasesTimesRepeats() throws {
        let prompt = try #require(
            PromptFile.parse(
                "---\ntestset: t\nmodel: m\n---\n# user\nhi\n", name: "p", version: 1, path: "prompts/p/v1.md",
                into: &Self.bag))
        #expect(throws: InputError.self) { try RunPlanner.checkSize(cases: 2_000, repeats: 501, prompt: prompt) }
        #expect(throws: InputError.self) { try RunPlanner.checkSize(cases: Int.max, repeats: 2, prompt: prompt) }
        #expect(throws: Never.self) { try RunPlanner.checkSize(cases: 1_000, repeats: 1_000, prompt: prompt) }
    }

    nonisolated(unsafe) static var bag = DiagnosticBag()

    @Test func aNamedPipeIsRefusedWithoutBlocking() throws {
        let project = try TempProject()
        defer { project.remove() }
        let fifo = project.root.appendingPathComponent("pipe.jsonl").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let start = monotonicNow()
        #expect(throws: InputError.self) { try TextFile.read(fifo, display: "pipe.jsonl") }
        #expect(throws: InputError.self) { try TextLines.forEach(fifo, display: "pipe.jsonl") { _ in } }
        #expect(monotonicNow() - start < 2)
        do {
            _ = try TextFile.read(fifo, display: "pipe.jsonl")
        } catch {
            #expect(
                error.description
                    == "pipe.jsonl: error: the path is a named pipe, not a regular file; promptgate reads only regular files"
            )
        }
        #expect(throws: InputError.self) { try TextFile.read("/dev/zero", display: "/dev/zero") }
    }
}
