import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// The bundled example's recordings must match the prompts as they are: `check` would report a stale
/// one. After an intentional edit of the example prompts, re-hash the hand-written example
/// recordings with `PROMPTGATE_REHASH_EXAMPLE=1 swift test --filter ExampleRecordings`.
@Suite(.serialized) struct ExampleRecordingsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyExampleRecordingMatchesItsRenderedRequest() throws {
        let project = try Project.open(root: Self.root)
        if ProcessInfo.processInfo.environment["PROMPTGATE_REHASH_EXAMPLE"] == "1" {
            for version in 1...3 {
                try RecordingRehasher.rehash(root: Self.root, prompt: "extract-ticket", version: version)
            }
            try RecordingRehasher.rehashJudges(root: Self.root, prompt: "extract-ticket", versions: [1, 2, 3])
            try RecordingRehasher.rehashCalibration(
                root: Self.root, judge: "judge-summary", version: 1,
                labels: "testsets/support-tickets/judge-labels.jsonl")
        }
        for version in 1...3 {
            let plan = try project.plan("extract-ticket", version: version)
            #expect(plan.testSet.cases.count >= 60)
            #expect(
                RecordingCheck.verify(plan, config: project.config).filter { $0.severity == .error }.isEmpty,
                "v\(version) recordings (or its judge's) are stale")
            #expect(plan.judges.map(\.prompt.reference) == ["judge-summary@v1"])
        }
    }
}
