import Foundation
import Testing

@testable import PromptGate

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reports are data: random hostile strings (raw HTML, `</details>`, @-mentions, backtick runs,
/// pipes, backslashes, line breaks, headings, links, images, entities, terminal escapes, very long
/// values) are fed through every text field of the bundled example's runs (case ids, field paths,
/// expected and actual values, reasons, replies, prompts, names, errors), every report is rendered,
/// and the HTML that a GFM parser (cmark-gfm, as GitHub) makes of it is checked.
@Suite(.serialized) struct HostileReportTests {
    static let pieces = [
        "</details>", "<details>", "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "</summary>", "</code>",
        "@someone", "@org/team", "mail@example.org", "`", "``", "```", "````", "|", "\\", "\\|", "\\\\|", "\n", "\n\n",
        "\r\n",
        "# heading", "## h2", "- item", "> quote", "1. one", "[link](https://evil.example/x)",
        "![img](https://evil.example/p.png)",
        "https://evil.example/a", "www.evil.example", "<https://evil.example>", "&amp;", "&lt;b&gt;", "&#64;someone",
        "&#60;img&#62;",
        "*", "**", "_", "~~", "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{202E}", "<!--", "-->", "]]>", "\"", "'",
        "<![CDATA[",
        String(repeating: "x", count: 700), String(repeating: "`", count: 9), " ", "\t", "{{var}}", "<summary>",
        "|---|", "    ", "ok", "t001",
    ]

    static func hostile(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }
            .joined()
    }

    @Test func randomHostileTextInEveryFieldRendersAsInertText() async throws {
        let fixture = try await ReportFixture.make()
        defer { fixture.project.remove() }
        let original = try fixture.diff
        for seed in UInt64(1)...12 {
            var generator = SeededGenerator(seed: seed)
            var ids: [String: String] = [:], paths: [String: String] = [:]
            let baseline = try Self.poisoned(original.baseline, &generator, ids: &ids, paths: &paths)
            let candidate = try Self.poisoned(original.candidate, &generator, ids: &ids, paths: &paths)
            let diff = RunDiff(baseline: baseline, candidate: candidate)
            let decision = Gate.evaluate(diff, policy: GatePolicy())
            let full = DiffReport(
                diff: diff, decision: decision, trend: [(1, baseline.metrics), (2, candidate.metrics)], deadLetters: 2
            ).markdown()
            let cut = DiffReport(diff: diff, decision: decision, baselineReason: Self.hostile(&generator)).markdown(
                limit: 8_000, fullReport: Self.hostile(&generator))
            let gate = GateCommand.Outcome(
                prompt: candidate.run.prompt, candidate: 3,
                baseline: Baseline(version: 2, reason: Self.hostile(&generator)), diff: diff, decision: decision,
                reportURL: fixture.project.root.appendingPathComponent("reports/\(Self.hostile(&generator))"),
                summary: cut)
            let reports = [
                (
                    "run report",
                    RunReport(snapshot: candidate, trend: [(1, baseline.metrics)], deadLetters: 1).markdown()
                ),
                ("diff report", full), ("diff summary", cut),
                (
                    "CI summary",
                    CIReport(
                        base: Self.hostile(&generator), targets: [], gates: [gate], intermediates: [gate],
                        deleted: [Self.hostile(&generator)], stopped: Self.hostile(&generator),
                        notGated: [Self.hostile(&generator)], config: fixture.opened.config
                    ).markdown()
                ),
            ]
            for (name, markdown) in reports {
                let problems = try Self.problems(
                    markdown: markdown, html: GFM.html(markdown, extensions: ["table", "autolink", "strikethrough"]))
                #expect(problems.isEmpty, "seed \(seed), \(name): \(problems.joined(separator: "; "))")
                if !problems.isEmpty, let folder = ProcessInfo.processInfo.environment["HOSTILE_DUMP"] {
                    try markdown.write(toFile: "\(folder)/\(seed)-\(name).md", atomically: true, encoding: .utf8)
                }
            }
            let junit = JUnitReport(snapshot: candidate).xml()
            let parser = XMLParser(data: Data(junit.utf8))
            #expect(
                parser.parse(), "seed \(seed): JUnit XML does not parse: \(parser.parserError.map { "\($0)" } ?? "")")
            let json = try JSONParser.parse(JSONWriter.canonical(JSONExport(snapshot: candidate).json()))
            let exported = json["cases"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
            #expect(exported == candidate.results.map(\.caseID), "seed \(seed): JSON export lost case ids")
        }
    }

    /// What is wrong with the HTML GitHub would show for `markdown`.
    static func problems(markdown: String, html: String) throws -> [String] {
        var problems: [String] = []
        let allowed: Set<String> = [
            "h1", "h2", "h3", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "code", "pre",
            "strong", "em", "details", "summary", "blockquote", "hr",
        ]
        for match in html.matches(of: try Regex("<\\/?([A-Za-z][A-Za-z0-9]*)")) {
            let name = String(html[match.range].drop { $0 == "<" || $0 == "/" }).lowercased()
            if !allowed.contains(name) { problems.append("raw tag <\(name)>") }
        }
        let outsideCode = html.replacing(try Regex("(?s)<code[^>]*>.*?</code>"), with: "")
        // GitHub's mention pattern: `@name` at the start or after a character that is not a word character.
        if let mention = outsideCode.firstMatch(of: try Regex("(^|[^A-Za-z0-9_])@[A-Za-z0-9]")) {
            problems.append("an @-mention outside code: \(outsideCode[mention.range])")
        }
        let lines = linesOutsideFences(markdown)
        let opened = GFM.count("<details>", in: html), closed = GFM.count("</details>", in: html)
        let intended = lines.count { $0.hasPrefix("<details>") }
        if opened != closed || opened != intended {
            problems.append("<details> opened \(opened), closed \(closed), intended \(intended)")
        }
        let titles = lines.count { $0.hasPrefix("# ") }
        if GFM.count("<h1>", in: html) != titles {
            problems.append("\(GFM.count("<h1>", in: html)) top headings, \(titles) intended")
        }
        let headings = lines.count { $0.hasPrefix("## ") }
        if GFM.count("<h2>", in: html) != headings {
            problems.append("\(GFM.count("<h2>", in: html)) sections, \(headings) intended")
        }
        let tables = lines.count { $0.hasPrefix("| ---") }
        if GFM.count("<table>", in: html) != tables {
            problems.append("\(GFM.count("<table>", in: html)) tables, \(tables) intended")
        }
        problems += tableCellProblems(lines)
        return problems
    }

    /// The lines of `markdown` that are not inside a fenced code block (whose content is shown as is).
    static func linesOutsideFences(_ markdown: String) -> [Substring] {
        var out: [Substring] = []
        var fence = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let ticks = line.prefix { $0 == "`" }.count
            if fence == 0 {
                if ticks >= 3 { fence = ticks } else { out.append(line) }
            } else if ticks >= fence && line.allSatisfy({ $0 == "`" }) {
                fence = 0
            }
        }
        return out
    }

    /// Every row of a Markdown table has as many cells as its header, counted the way GFM splits
    /// them (a backslash escapes the next character; any other `|` separates cells).
    static func tableCellProblems(_ lines: [Substring]) -> [String] {
        var problems: [String] = []
        var expected: Int?
        for line in lines {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            var separators = 0, escaped = false
            for character in line.unicodeScalars {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "|" {
                    separators += 1
                }
            }
            if let expected, separators != expected {
                problems.append("a row with \(separators - 1) cells in a table of \(expected - 1): \(line.prefix(120))")
            }
            if expected == nil { expected = separators }
        }
        return problems
    }

    /// `snapshot` with hostile text in every text field; case ids and field paths map the same way on both sides.
    static func poisoned(
        _ snapshot: RunSnapshot, _ g: inout SeededGenerator, ids: inout [String: String], paths: inout [String: String]
    ) throws -> RunSnapshot {
        var run = snapshot.run
        run.prompt = "extract-ticket" + hostile(&g)
        run.testset = hostile(&g)
        run.model = hostile(&g)
        run.provider = hostile(&g)
        run.abortReason = hostile(&g)
        var results: [ResultRecord] = [], scores: [Int64: [ScoreRecord]] = [:],
            fields: [Int64: [FieldScoreRecord]] = [:]
        for (index, original) in snapshot.results.enumerated() {
            var result = original
            if ids[original.caseID] == nil { ids[original.caseID] = hostile(&g) + " #\(index)" }
            result.caseID = ids[original.caseID] ?? original.caseID
            result.reasonsJSON = JSONWriter.canonical(
                .array(original.reasons.map { _ in .string(hostile(&g)) } + [.string(hostile(&g))]))
            result.tagsJSON = JSONWriter.canonical(.array(original.tags.map(JSONValue.string) + [.string(hostile(&g))]))
            result.outputRaw = hostile(&g)
            result.stopReason = hostile(&g)
            result.modelUsed = hostile(&g)
            if result.errorKind != nil { result.errorKind = hostile(&g) }
            if result.errorMessage != nil { result.errorMessage = hostile(&g) }
            result.requestJSON = JSONWriter.canonical(["messages": [["role": "user", "content": .string(hostile(&g))]]])
            results.append(result)
            guard let id = original.id else { continue }
            scores[id] = snapshot.scores(of: original).map { score in
                var s = score
                s.reasonsJSON = JSONWriter.canonical(.array([.string(hostile(&g))]))
                return s
            }
            fields[id] = snapshot.fields(of: original).map { field in
                var f = field
                if paths[field.path] == nil { paths[field.path] = hostile(&g) }
                f.path = paths[field.path] ?? field.path
                f.expectedJSON = JSONWriter.canonical(.string(hostile(&g)))
                f.actualJSON = hostile(&g)
                f.note = hostile(&g)
                return f
            }
        }
        return RunSnapshot(run: run, results: results, scores: scores, fields: fields)
    }
}
