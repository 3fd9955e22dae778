import Foundation
import PromptGateTestSupport
import Testing

/// The HTML viewer (`report --format html`) loaded in a real headless browser: no console errors,
/// filters show the rows they should, data cannot inject script, and a 10,000-case comparison
/// stays responsive. Skipped when Chromium is not installed (CI installs it).
@Suite(
    .serialized,
    .enabled(
        if: HeadlessBrowser.isAvailable, "needs Chromium: apt-get install -y chromium (or set PROMPTGATE_CHROMIUM)"))
struct HTMLViewerBrowserTests {
    @Test func theExampleComparisonLoadsCleanlyAndItsFiltersShowTheRightCases() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gate = try await CLIRunner.run(["gate", "extract-ticket@v3"], in: dir)
        #expect(gate.status == 1, "\(gate.stderr)")
        let report = try await CLIRunner.run(
            ["report", "extract-ticket@v3", "--format", "html", "--baseline", "extract-ticket@v2"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("wrote reports/extract-ticket/v3-vs-v2.html"))
        let file = dir.appendingPathComponent("reports/extract-ticket/v3-vs-v2.html")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(!html.contains("@example.com"), "personal data is redacted as in Markdown")
        #expect(html.contains("content=\"default-src 'none';"), "the page forbids network use")
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"), "nothing is loaded from the network")

        let all = try await HeadlessBrowser.load(file)
        #expect(all.console.isEmpty, "console: \(all.console)")
        #expect(all.number("data-shown") == 64)
        #expect(all.rows == 64)
        #expect(all.dom.contains("id=\"verdict\">FAIL<"))
        #expect(all.dom.contains("<svg class=\"trend\""))

        // Figures from `compare`: regressions 9 (3 critical), fixes 2; v3 fails 13 cases.
        let expectations: [(String, Int)] = [
            ("show=regression", 9), ("show=fix", 2), ("show=failing", 13), ("show=flaky", 0),
            ("show=regression&tag=critical", 3), ("search=t014", 1),
        ]
        for (fragment, count) in expectations {
            let page = try await HeadlessBrowser.load(file, fragment: fragment)
            #expect(page.console.isEmpty, "\(fragment): \(page.console)")
            #expect(page.number("data-shown") == count, "\(fragment)")
            #expect(page.rows == count, "\(fragment)")
        }
        let fixes = try await HeadlessBrowser.load(file, fragment: "show=fix")
        #expect(fixes.rowIDs == ["t021", "t036"])
        let pii = try await HeadlessBrowser.load(file, fragment: "scorer=pii")
        #expect(Set(["t017", "t056"]).isSubset(of: Set(pii.rowIDs)), "\(pii.rowIDs)")
        #expect(pii.rows < 64)
        let category = try await HeadlessBrowser.load(file, fragment: "field=category&show=regression")
        #expect(category.rowIDs == ["t014", "t023"])
    }

    @Test func dataCannotInjectMarkupOrScript() async throws {
        let payload = "</script><script>console.error('injected')</script><img src=x onerror=\"console.error('img')\">"
        let project = try ViewerProject.make(
            cases: 3, text: { _ in payload },
            reply: { _, _ in "{\"answer\": \"\(payload.replacingOccurrences(of: "\"", with: "\\\""))\"}" })
        defer { project.remove() }
        for version in [1, 2] {
            let run = try await CLIRunner.run(["run", "p@v\(version)"], in: project.root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let report = try await CLIRunner.run(
            ["report", "p@v2", "--format", "html", "--baseline", "p@v1", "--output", "viewer.html"], in: project.root)
        #expect(report.status == 0, "\(report.stderr)")
        let page = try await HeadlessBrowser.load(
            project.root.appendingPathComponent("viewer.html"), fragment: "search=onerror")
        #expect(page.console.isEmpty, "the payload ran: \(page.console)")
        #expect(page.number("data-shown") == 3)
        #expect(!page.dom.contains("<img src=\"x\""))
    }

    @Test func aTenThousandCaseComparisonStaysResponsive() async throws {
        let project = try ViewerProject.make(
            cases: 10_000, text: { "Ticket \($0): the parcel arrived late and the invoice is wrong." },
            reply: { i, version in version == 2 && i % 20 == 0 ? "{\"answer\": \"other\"}" : "{\"answer\": \"late\"}" })
        defer { project.remove() }
        for version in [1, 2] {
            let run = try await CLIRunner.run(["run", "p@v\(version)"], in: project.root)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let started = Date()
        let report = try await CLIRunner.run(
            ["report", "p@v2", "--format", "html", "--baseline", "p@v1", "--output", "viewer.html"], in: project.root)
        let renderSeconds = Date().timeIntervalSince(started)
        #expect(report.status == 0, "\(report.stderr)")
        let file = project.root.appendingPathComponent("viewer.html")
        let bytes = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let all = try await HeadlessBrowser.load(file)
        #expect(all.console.isEmpty, "\(all.console)")
        #expect(all.number("data-shown") == 10_000)
        #expect(all.rows == 200, "rows are rendered a page at a time")
        let regressions = try await HeadlessBrowser.load(file, fragment: "show=regression")
        #expect(regressions.number("data-shown") == 500)
        let search = try await HeadlessBrowser.load(file, fragment: "search=ticket%209999%3A")
        #expect(search.number("data-shown") == 1)
        let ready = try #require(all.number("data-ready-ms"))
        let filter = try #require(search.number("data-apply-ms"))
        print(
            "HTML viewer, 10,000-case diff: \(bytes / 1024) KiB written in \(String(format: "%.1f", renderSeconds)) s; time to interactive \(ready) ms (script \(all.number("data-script-ms") ?? -1) ms); search over 10,000 cases \(filter) ms; browser wall \(String(format: "%.1f", all.wallSeconds)) s"
        )
        #expect(ready < 10_000, "time to interactive \(ready) ms")
        #expect(filter < 500, "a filter over 10,000 cases took \(filter) ms")
    }
}

/// A replay project for the viewer tests: prompt `p` v1 and v2 over `n` cases with recorded replies.
enum ViewerProject {
    static func make(cases n: Int, text: (Int) -> String, reply: (Int, Int) -> String) throws -> TempProject {
        var lines = ""
        for i in 0..<n {
            let tags = i % 10 == 0 ? ", \"tags\": [\"critical\"]" : ""
            lines +=
                "{\"id\": \"c\(i)\", \"vars\": {\"text\": \(jsonString(text(i)))}, \"expected\": {\"answer\": \"late\"}\(tags)}\n"
        }
        let prompt = { (v: Int) in
            "---\ntestset: s\nmodel: m\noutput: json\nchangelog: v\(v)\n---\n# user\nClassify (v\(v)): {{text}}\n"
        }
        let project = try TempProject(files: [
            "promptgate.yaml":
                "version: 1\ndefaults: { provider: replay }\nproviders: { replay: { type: replay } }\npricing: { m: { input: 1, output: 2 } }\n",
            "prompts/p/v1.md": prompt(1), "prompts/p/v2.md": prompt(2),
            "testsets/s/cases.jsonl": lines,
            "testsets/s/schema.json":
                "{\"type\": \"object\", \"properties\": {\"answer\": {\"type\": \"string\"}}, \"required\": [\"answer\"]}",
            "testsets/s/testset.yaml": "version: 1\npii: { inputs_synthetic: true }\n",
        ])
        for version in [1, 2] {
            try project.record(
                "p", version: version,
                outputs: Dictionary(uniqueKeysWithValues: (0..<n).map { ("c\($0)", reply($0, version)) }))
        }
        return project
    }

    private static func jsonString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
