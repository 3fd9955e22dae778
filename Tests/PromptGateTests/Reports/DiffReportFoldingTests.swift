import Foundation
import Testing

@testable import PromptGate

/// The diff report says what fails and folds what is long: the failing rule names its cases,
/// still-failing cases are listed, and no case is an empty block.
@Suite struct DiffReportFoldingTests {
    @Test func failingRulesNameTheirCasesAndStillFailingCasesAreListed() async throws {
        let fixture = try await ReportFixture.make()
        defer { fixture.project.remove() }
        let schema = try #require(fixture.gate.decision.rules.first { $0.rule == "schema_validity" })
        #expect(schema.outcome == .fail && schema.message.contains("invalid in 4 results: t019, t020, t025, t041"))
        let diff = try fixture.diff
        let report = DiffReport(diff: diff, decision: fixture.gate.decision).markdown()
        let stillFailing = diff.cases(.stillFailing)
        #expect(!stillFailing.isEmpty)
        #expect(report.contains("<details><summary>Still failing in both versions (\(stillFailing.count))</summary>"))
        for item in stillFailing { #expect(report.contains("- `\(item.caseID)`")) }
        #expect(!report.contains("</summary>\n\n</details>"), "a case with nothing to show must not be an empty block")
        for fix in diff.fixes { #expect(report.contains("- <code>\(fix.caseID)</code> — passes")) }
    }
}
