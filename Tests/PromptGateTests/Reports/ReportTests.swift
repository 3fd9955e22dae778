import Foundation
import Testing

@testable import PromptGate

@Suite(.serialized) struct ReportTests {
    @Test func goldenFilesForTheBundledExample() async throws {
        let fixture = try await ReportFixture.make()
        defer { fixture.project.remove() }
        let diff = try fixture.diff
        let runReport = RunReport(
            snapshot: diff.candidate, trend: try ReportHistory.points(prompt: "extract-ticket", store: fixture.store)
        ).markdown()
        let diffReport = try String(contentsOf: fixture.gate.reportURL, encoding: .utf8)
        let junit = JUnitReport(snapshot: diff.candidate).xml()
        let json = JSONWriter.pretty(JSONExport(snapshot: diff.candidate).json()) + "\n"
        for (text, name) in [
            (runReport, "run-report.md"), (diffReport, "diff-report.md"), (junit, "junit.xml"), (json, "export.json"),
        ] {
            let problem = try Snapshot.check(text, named: name)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    @Test func markdownParsesAsGFMWithTablesAndClosedDetails() async throws {
        let fixture = try await ReportFixture.make()
        defer { fixture.project.remove() }
        let diffReport = try String(contentsOf: fixture.gate.reportURL, encoding: .utf8)
        let runReport = RunReport(snapshot: try fixture.diff.candidate).markdown()
        for markdown in [diffReport, runReport] {
            let html = try GFM.html(markdown)
            #expect(GFM.count("<table>", in: html) == GFM.markdownTables(markdown))
            #expect(GFM.count("<table>", in: html) >= 3)
            #expect(GFM.count("<details>", in: html) == GFM.count("</details>", in: html))
            #expect(GFM.count("<details>", in: markdown) == GFM.count("<details>", in: html))
        }
    }

    @Test func aLeakedEmailNeverReachesAReport() async throws {
        let fixture = try await ReportFixture.make()
        defer { fixture.project.remove() }
        let diff = try fixture.diff
        // The case whose answer leaks an e-mail address into a field where it is not allowed.
        let leaked = try #require(
            diff.candidate.results.first { r in
                diff.candidate.scores(of: r).contains {
                    $0.scorer == PIIScorer.id && $0.status == .fail && $0.reasons.contains { $0.contains("EMAIL") }
                }
            })
        let stored = try fixture.store.results(runID: leaked.runID).first { $0.id == leaked.id }
        let raw = try #require(stored?.outputRaw)
        let address = try #require(
            PIIScanner(types: [.email]).scan(raw).first.map { entity in
                String(
                    String.UnicodeScalarView(
                        raw.unicodeScalars.dropFirst(entity.start).prefix(entity.end - entity.start)))
            })
        #expect(address.contains("@"))
        let texts = [
            try String(contentsOf: fixture.gate.reportURL, encoding: .utf8),
            RunReport(snapshot: diff.candidate).markdown(),
            JUnitReport(snapshot: diff.candidate).xml(),
            JSONWriter.canonical(JSONExport(snapshot: diff.candidate).json()),
        ]
        for text in texts {
            #expect(!text.contains(address))
            #expect(!text.contains("@example.org") && !text.contains("@example.com"))
        }
        let full = RunSnapshot(
            run: diff.candidate.run, results: try fixture.store.results(runID: leaked.runID),
            scores: diff.candidate.scores, fields: diff.candidate.fields)
        let shown = ReviewSample(snapshot: full, size: 64, seed: 1, redactor: ReportRedactor(showPII: true)).markdown()
        #expect(shown.contains(address), "--show-pii shows the values")
        let hidden = ReviewSample(snapshot: full, size: 64, seed: 1, redactor: ReportRedactor()).markdown()
        #expect(!hidden.contains(address) && hidden.contains("[EMAIL]"))
    }

    @Test func theSummaryFitsAPRCommentAndPointsToTheFullReport() async throws {
        let fixture = try await ReportFixture.make()
        defer { fixture.project.remove() }
        let report = DiffReport(diff: try fixture.diff, decision: fixture.gate.decision)
        let full = report.markdown()
        // Room for the gate's four failed rules and some regression blocks, not for all of them.
        let cut = report.markdown(limit: 5_000, fullReport: "reports/extract-ticket/v3-vs-v2.md")
        #expect(full.count > 5_000)
        #expect(cut.count <= 5_000)
        #expect(cut.contains("more regressions in the full report: `reports/extract-ticket/v3-vs-v2.md`"))
        let html = try GFM.html(cut)
        #expect(GFM.count("<details>", in: html) == GFM.count("</details>", in: html))
        #expect(fixture.gate.summary.count <= DiffReport.commentLimit)
    }

    @Test func trendChartListsEveryVersion() async throws {
        let fixture = try await ReportFixture.make()
        defer { fixture.project.remove() }
        _ = try await RunCommand.run(
            project: fixture.opened, options: .init(reference: PromptReference(name: "extract-ticket", version: 1)))
        let trend = try ReportHistory.points(prompt: "extract-ticket", store: fixture.store)
        #expect(trend.map(\.version) == [1, 2, 3])
        let text = TrendSection(points: trend).markdown()
        #expect(text.contains("xychart-beta"))
        #expect(text.contains("x-axis [\"v1\", \"v2\", \"v3\"]"))
    }
}
