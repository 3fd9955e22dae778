import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// The dry run is counted per case (cases × repeats), not built call by call: a million repeats
/// answer at once, and normal sizes give the figures the built plan gives.
@Suite struct DryRunArithmeticTests {
    @Test func aMillionRepeatsAreEstimatedAtOnceWithTheReasonRunWouldRefuse() throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let opened = try project.open()
        let start = monotonicNow()
        let one = try RunCommand.dryRun(
            project: opened,
            options: RunCommand.Options(reference: PromptReference(name: "sentiment", version: 1), repeats: 1))
        let million = try RunCommand.dryRun(
            project: opened,
            options: RunCommand.Options(reference: PromptReference(name: "sentiment", version: 1), repeats: 1_000_000))
        #expect(monotonicNow() - start < 2)
        #expect(million.plannedCalls == one.plannedCalls * 1_000_000)
        #expect(million.estimatedInputTokens == one.estimatedInputTokens * 1_000_000)
        #expect(million.maxOutputTokens == one.maxOutputTokens * 1_000_000)
        #expect(one.refusal == nil)
        #expect(million.refusal?.contains("1000000 repeats is outside the allowed range 1 to 1000") == true)
        #expect(throws: InputError.self) {
            try RunCommand.dryRun(
                project: opened,
                options: RunCommand.Options(reference: PromptReference(name: "sentiment", version: 1), repeats: Int.max)
            )
        }
    }

    /// The arithmetic agrees with summing the built plan call by call (what the dry run did before).
    @Test(arguments: [1, 3, 7])
    func normalSizesMatchTheBuiltPlan(repeats: Int) throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let opened = try project.open()
        let estimate = try RunCommand.dryRun(
            project: opened,
            options: RunCommand.Options(reference: PromptReference(name: "sentiment", version: 1), repeats: repeats))
        let plan = try opened.plan("sentiment", version: 1, repeats: repeats)
        let input = plan.calls.reduce(0) { $0 + $1.request.messages.reduce(0) { $0 + $1.content.count } / 4 }
        #expect(estimate.plannedCalls == plan.calls.count)
        #expect(estimate.cacheHits == 0)
        #expect(estimate.estimatedInputTokens == input)
        #expect(estimate.maxOutputTokens == plan.calls.count * plan.prompt.settings.maxTokens)
        #expect(estimate.refusal == nil)
    }
}
