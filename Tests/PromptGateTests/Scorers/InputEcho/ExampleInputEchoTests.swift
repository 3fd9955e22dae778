import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// The bundled example with `input_echo` switched on, in a temporary copy: a v4 whose recording
/// names the customer in `summary` fails the case and the gate's PII rule, while v3 does not.
@Suite(.serialized) struct ExampleInputEchoTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let echoSettings = """

        input_echo:
          values: [expected.customer_name]
          allowed: [customer_name, customer_email]
          surname: true
        """

    /// A copy of the example with v3, its recordings, and the echo settings appended.
    static func exampleCopy() throws -> TempProject {
        var files: [String: String] = [:]
        for path in [
            "promptgate.yaml", "prompts/extract-ticket/v3.md", "testsets/support-tickets/cases.jsonl",
            "testsets/support-tickets/schema.json", "testsets/support-tickets/testset.yaml",
            "testsets/support-tickets/recordings/extract-ticket@v3.jsonl",
        ] {
            files[path] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        // Without the example's summary judge: its recordings hold no verdicts on the v4 written here.
        let settings = files["testsets/support-tickets/testset.yaml", default: ""]
        files["testsets/support-tickets/testset.yaml"] =
            String(settings[..<(settings.range(of: "\n# The free-text `summary`")?.lowerBound ?? settings.endIndex)])
            + "\n" + echoSettings
        return try TempProject(files: files)
    }

    /// The v3 outputs by case id, read from the example's recordings.
    static func v3Outputs(_ project: TempProject) throws -> [String: String] {
        var outputs: [String: String] = [:]
        for line in try project.read("testsets/support-tickets/recordings/extract-ticket@v3.jsonl").split(
            separator: "\n")
        {
            guard case .object(let object)? = try? JSONParser.parse(String(line)),
                let id = object["id"]?.stringValue, let output = object["output"]?.stringValue
            else { continue }
            outputs[id] = output
        }
        return outputs
    }

    @Test func aVersionThatNamesTheCustomerInTheSummaryFails() async throws {
        let project = try Self.exampleCopy()
        defer { project.remove() }
        let v3 = try project.read("prompts/extract-ticket/v3.md")
        try project.write(
            "prompts/extract-ticket/v4.md",
            v3.replacingOccurrences(
                of: "changelog: Shorter prompt to cut input tokens by 60%.",
                with: "changelog: Summaries address the customer by name."))
        var outputs = try Self.v3Outputs(project)
        let t001 = try #require(outputs["t001"])
        #expect(t001.contains("customer asks for the second charge"))
        outputs["t001"] = t001.replacingOccurrences(
            of: "customer asks for the second charge", with: "Maria Keller asks for the second charge")
        try project.record("extract-ticket", version: 4, outputs: outputs)

        let outcome = try await GateCommand.run(
            project: try project.open(), reference: PromptReference(name: "extract-ticket", version: 4))
        let diff = try #require(outcome.diff)
        let decision = try #require(outcome.decision)
        let baseline = try #require(diff.baseline.results.first { $0.caseID == "t001" })
        #expect(!baseline.reasons.contains { $0.hasPrefix("input_echo") }, "v3 does not echo the name")
        let candidate = try #require(diff.candidate.results.first { $0.caseID == "t001" })
        #expect(candidate.verdict == .fail)
        #expect(
            candidate.reasons.contains {
                $0.hasPrefix("input_echo: summary: echo of expected.customer_name at characters ")
            })
        #expect(diff.regressions.map(\.caseID) == ["t001"])
        let piiRule = try #require(decision.rules.first { $0.rule == "pii" })
        #expect(piiRule.outcome == .fail && piiRule.message.contains("t001"))
        let report = try String(contentsOf: try #require(outcome.reportURL), encoding: .utf8)
        #expect(report.contains("echo of expected.customer_name"))
    }

    @Test func settingsAreReadAndCheckedWhenTheTestSetLoads() throws {
        var bag = DiagnosticBag()
        let settings = TestSetSettings.parse(
            """
            version: 1
            pii:
              forms: { bare_domains: false }
            input_echo:
              values: [expected.customer_name, vars.account]
              pii_in_inputs: true
              allowed: [customer_name]
              surname: true
              last_digits: 4
            """, path: "testset.yaml", into: &bag)
        #expect(bag.items.isEmpty)
        #expect(settings.inputEcho.sources == ["expected.customer_name", "vars.account"])
        #expect(settings.inputEcho.piiInInputs && settings.inputEcho.surnames && settings.inputEcho.lastDigits == 4)
        #expect(settings.inputEcho.allowedFields == ["customer_name"])
        #expect(settings.pii.forms == PIIFormPolicy(bareDomains: false))

        var bad = DiagnosticBag()
        _ = TestSetSettings.parse(
            "version: 1\ninput_echo:\n  value: [x]\n  last_digits: 40\n", path: "testset.yaml", into: &bad)
        #expect(bad.errors.map(\.message).contains { $0.contains("unknown key `value`") })
        #expect(bad.errors.map(\.message).contains { $0.contains("`last_digits` must be between 0 and 12") })
        #expect(bad.errors.map(\.message).contains { $0.contains("needs `values` or `pii_in_inputs: true`") })
    }
}
