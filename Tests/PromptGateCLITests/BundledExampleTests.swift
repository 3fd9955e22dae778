import Foundation
import Testing

/// Runs the built binary on the bundled support-ticket example, the way the README does.
@Suite(.serialized) struct BundledExampleTests {
    @Test func checkRunAndCompareShowV3RegressingAgainstV2() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }

        let check = try await CLIRunner.run(["check"], in: dir)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(
            check.stdout.contains("0 errors, 0 warnings"),
            "the example's intended PII findings are declared: \(check.stderr)")
        #expect(check.stderr.isEmpty)

        let run = try await CLIRunner.run(["run", "extract-ticket"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("extract-ticket@v3:"))
        #expect(run.stdout.contains("report: reports/extract-ticket/v3.md"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/extract-ticket/v3.md").path))

        let compare = try await CLIRunner.run(["compare", "extract-ticket"], in: dir)
        #expect(compare.status == 1, "regressions must exit 1: \(compare.stderr)")
        #expect(compare.stdout.contains("v3 vs v2"))
        #expect(compare.stdout.contains("REGRESSION t"))
        #expect(compare.stdout.contains("[critical]"))
        let report = try String(
            contentsOf: dir.appendingPathComponent("reports/extract-ticket/v3-vs-v2.md"), encoding: .utf8)
        #expect(report.contains("regression"))
        #expect(!report.contains("@example.com"), "personal data must be redacted in reports")
    }

    @Test func onlyUndeclaredPersonalDataInRecordingsWarnsAndAStaleDeclarationToo() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let settings = dir.appendingPathComponent("testsets/support-tickets/testset.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
            .replacingOccurrences(of: "extract-ticket@v1: [t017, t040, t056]", with: "extract-ticket@v1: [t017, t056]")
            .replacingOccurrences(of: "extract-ticket@v3: [t017, t056]", with: "extract-ticket@v3: [t001, t017, t056]")
        try Data(text.utf8).write(to: settings)
        let check = try await CLIRunner.run(["check"], in: dir)
        #expect(check.status == 0)
        #expect(check.stdout.contains("0 errors, 2 warnings"), "\(check.stdout)\(check.stderr)")
        #expect(
            check.stderr.contains(
                "extract-ticket@v1.jsonl:40: warning: case t040: recorded output holds personal data outside allowed fields (CREDIT_CARD in summary)"
            ))
        #expect(
            check.stderr.contains(
                "extract-ticket@v3.jsonl: warning: case t001: testset.yaml declares personal data in this recording intended"
            ))
    }

    @Test func gateFailsV3WithNamedReasons() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gate = try await CLIRunner.run(["gate", "extract-ticket@v3"], in: dir)
        #expect(gate.status == 1, "\(gate.stdout)\(gate.stderr)")
        #expect(gate.stdout.contains("FAIL"))
        #expect(gate.stdout.contains("critical_regressions"))
        let v2 = try await CLIRunner.run(["gate", "extract-ticket@v2"], in: dir)
        #expect(v2.status == 0, "v2 improves on v1: \(v2.stdout)")
    }

    @Test func aBrokenCaseLineIsExitTwoWithFileAndLine() async throws {
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = dir.appendingPathComponent("testsets/support-tickets/cases.jsonl")
        var text = try String(contentsOf: cases, encoding: .utf8)
        text += "{\"id\": \"broken\", \"vars\": {\"ticket\": \"x\"}, \"expected\": \n"
        try text.write(to: cases, atomically: true, encoding: .utf8)
        let lineCount = text.split(separator: "\n").count
        let check = try await CLIRunner.run(["check"], in: dir)
        #expect(check.status == 2)
        #expect(check.stderr.contains("testsets/support-tickets/cases.jsonl:\(lineCount): error:"))
        let run = try await CLIRunner.run(["run", "extract-ticket"], in: dir)
        #expect(run.status == 2)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(".promptgate").path))
    }
}
