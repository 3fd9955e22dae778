import Foundation
import Testing

/// `promptgate import --csv` and `promptgate dlq promote`, run on a project made by `init`.
@Suite(.serialized) struct ImportAndPromoteTests {
    private func initializedProject() async throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "promptgate-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let result = try await CLIRunner.run(["init"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        return dir
    }

    private func write(_ text: String, _ path: String, in dir: URL) throws {
        try Data(text.utf8).write(to: dir.appendingPathComponent(path))
    }

    private func read(_ path: String, in dir: URL) throws -> String {
        try String(contentsOf: dir.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func aSpreadsheetExportBecomesCasesThatRun() async throws {
        let dir = try await initializedProject()
        defer { try? FileManager.default.removeItem(at: dir) }
        try write(
            """
            \u{FEFF}Ticket ID,Ticket text,Queue,Labels,Notes\r
            s1,"I was charged twice, please refund",payments,critical;billing,checked\r
            s2,"He said ""my password"" expired
            yesterday",access,,\r

            """, "export.csv", in: dir)
        let result = try await CLIRunner.run(
            [
                "import", "tickets", "--csv", "export.csv", "--replace", "--map", "Ticket ID=id", "--map",
                "Ticket text=vars.ticket",
                "--map", "Queue=expected.queue", "--map", "Labels=tags", "--map", "Notes=ignore",
            ], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 2 cases into testsets/tickets/cases.jsonl"))
        let lines = try read("testsets/tickets/cases.jsonl", in: dir).split(separator: "\n")
        #expect(
            lines == [
                #"{"id": "s1", "vars": {"ticket":"I was charged twice, please refund"}, "expected": {"queue":"payments"}, "tags": ["critical","billing"]}"#,
                #"{"id": "s2", "vars": {"ticket":"He said \"my password\" expired\nyesterday"}, "expected": {"queue":"access"}}"#,
            ])
        let run = try await CLIRunner.run(["run", "classify-ticket"], in: dir)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }

    @Test func badRowsAreReportedByLineAndNothingIsWritten() async throws {
        let dir = try await initializedProject()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try read("testsets/tickets/cases.jsonl", in: dir)
        try write(
            "id,ticket,expected.queue\nt9,hello,general\n,no id,general\nt10,x,postal\nt9,again,general\nt11,short\n",
            "bad.csv", in: dir)
        let result = try await CLIRunner.run(["import", "tickets", "--csv", "bad.csv", "--append"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.csv:3: error: the id cell is empty"), "\(result.stderr)")
        #expect(
            result.stderr.contains("bad.csv:4: error: case t10: expected output does not match schema.json"),
            "\(result.stderr)")
        #expect(
            result.stderr.contains("bad.csv:5: error: case t9: duplicate case id (already used on line 2)"),
            "\(result.stderr)")
        #expect(
            result.stderr.contains("bad.csv:6: error: the row has 2 fields but the header has 3 columns"),
            "\(result.stderr)")
        #expect(try read("testsets/tickets/cases.jsonl", in: dir) == before, "nothing may be written")

        let refused = try await CLIRunner.run(["import", "tickets", "--csv", "bad.csv"], in: dir)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already has cases; pass --append"))
        let noID = try await CLIRunner.run(
            ["import", "tickets", "--csv", "bad.csv", "--replace", "--map", "id=vars.ref"], in: dir)
        #expect(noID.status == 2)
        #expect(noID.stderr.contains("bad.csv:1: error: no `id` column"))
    }

    @Test func aPromotedDeadLetterFailsCheckUntilItsExpectedOutputIsFilledIn() async throws {
        let dir = try await initializedProject()
        defer { try? FileManager.default.removeItem(at: dir) }
        // The stand-in pipeline answers prose for one new ticket, so that case is dead-lettered.
        let script = try read("pipeline/classify.sh", in: dir).replacingOccurrences(
            of: "case \"$request\" in\n",
            with: "case \"$request\" in\n  *gibberish*) printf '{\"output\": \"I cannot tell.\"}\\n'; exit 0 ;;\n")
        try write(script, "pipeline/classify.sh", in: dir)
        var cases = try read("testsets/tickets/cases.jsonl", in: dir)
        cases +=
            #"{"id": "t005", "vars": {"ticket": "gibberish here"}, "expected": {"queue": "general"}, "tags": ["critical"]}"#
            + "\n"
        try write(cases, "testsets/tickets/cases.jsonl", in: dir)
        _ = try await CLIRunner.run(["run", "classify-ticket"], in: dir)
        let list = try await CLIRunner.run(["dlq", "list"], in: dir)
        #expect(list.stdout.contains("run #1 classify-ticket@v1"), "\(list.stdout)\(list.stderr)")

        let promote = try await CLIRunner.run(["dlq", "promote", "1", "t005"], in: dir)
        #expect(promote.status == 0, "\(promote.stderr)")
        #expect(promote.stdout.contains("added case t005-dlq1 to testsets/tickets/cases.jsonl:6"), "\(promote.stdout)")
        let line = try read("testsets/tickets/cases.jsonl", in: dir).split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            line.hasPrefix(
                #"{"id": "t005-dlq1", "vars": {"ticket":"gibberish here"}, "expected": null, "tags": ["critical"], "review": "promoted from a dead letter of run #1 (classify-ticket@v1, repeat 0): "#
            ), "\(line)")

        let check = try await CLIRunner.run(["check"], in: dir)
        #expect(check.status == 2)
        #expect(
            check.stderr.contains("testsets/tickets/cases.jsonl:6: error: case t005-dlq1: the case awaits review"),
            "\(check.stderr)")
        let again = try await CLIRunner.run(["dlq", "promote", "1", "t005"], in: dir)
        #expect(again.status == 2)
        #expect(again.stderr.contains("promoted before"))
        let unknown = try await CLIRunner.run(["dlq", "promote", "1", "t001"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("run #1 left no dead letter for case `t001`"))

        let reviewed = try read("testsets/tickets/cases.jsonl", in: dir).replacingOccurrences(
            of: line,
            with: #"{"id": "t005-dlq1", "vars": {"ticket": "gibberish here"}, "expected": {"queue": "general"}}"#)
        try write(reviewed, "testsets/tickets/cases.jsonl", in: dir)
        let fixed = try await CLIRunner.run(["check"], in: dir)
        #expect(fixed.status == 0, "\(fixed.stderr)")
    }
}
