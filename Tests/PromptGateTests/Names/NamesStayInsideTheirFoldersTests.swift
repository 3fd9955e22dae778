import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// Prompt and test-set names are one folder name, configured folders stay inside the project and
/// out of prompts/ and testsets/, and every report or recording write resolves inside its folder.
@Suite struct NamesStayInsideTheirFoldersTests {
    @Test(arguments: [
        "../prompts/sentiment", "sentiment/../sentiment", ".hidden", "..", "a\\b", "bad\u{1B}[2Jname", "new\nline", "",
    ])
    func aPromptNameThatIsNotOneFolderNameIsRefused(_ name: String) throws {
        #expect(NameRule.problem(name) != nil)
        let project = try MiniProject.make()
        defer { project.remove() }
        let catalog = try project.open().prompts
        #expect(throws: InputError.self) { try catalog.resolve(PromptReference(name: name, version: nil)) }
        #expect(throws: InputError.self) { try catalog.load(name, version: 1) }
    }

    @Test func ordinaryNamesAreAccepted() {
        for name in ["extract-ticket", "sentiment_v2", "Ticket Triage", "größe", "a.b"] {
            #expect(NameRule.problem(name) == nil, "\(name)")
        }
    }

    @Test func runningAPromptNamedOutOfItsFolderWritesNothing() async throws {
        let project = try MiniProject.makeRecorded()
        defer { project.remove() }
        let before = try project.read("prompts/sentiment/v2.md")
        await #expect(throws: InputError.self) {
            _ = try await RunCommand.run(
                project: try project.open(),
                options: RunCommand.Options(reference: PromptReference(name: "../prompts/sentiment", version: nil)))
        }
        #expect(try project.read("prompts/sentiment/v2.md") == before)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("reports").path))
    }

    @Test(arguments: [
        ("reports: prompts", "`reports` must not point into `prompts`"),
        ("reports: prompts/sentiment", "`reports` must not point into `prompts`"),
        ("reports: ./testsets/", "`reports` must not point into `testsets`"),
        ("reports: ../out", "`reports` must be a path inside the project folder"),
        ("reports: .", "`reports` must be a path inside the project folder"),
        ("database: /tmp/elsewhere.sqlite", "`database` must be a path inside the project folder"),
        ("database: testsets/reviews/x.sqlite", "`database` must not point into `testsets`"),
        ("database: promptgate.yaml", "`database` must not point into `promptgate.yaml`"),
    ])
    func configuredPathsStayInsideTheProject(_ line: String, _ message: String) throws {
        let project = try TempProject(files: ["promptgate.yaml": MiniProject.config + "\n" + line + "\n"])
        defer { project.remove() }
        var bag = DiagnosticBag()
        _ = ProjectConfig.load(root: project.root, into: &bag)
        #expect(bag.errors.contains { $0.message.contains(message) && $0.line == 9 }, "\(bag.errors)")
    }

    @Test func configuredPathsInsideTheProjectAreAccepted() throws {
        let project = try TempProject(files: [
            "promptgate.yaml": MiniProject.config + "\nreports: out/reports\ndatabase: .state/db.sqlite\n"
        ])
        defer { project.remove() }
        var bag = DiagnosticBag()
        let config = ProjectConfig.load(root: project.root, into: &bag)
        #expect(bag.errors.isEmpty, "\(bag.errors)")
        #expect(config.reportsDirectory == "out/reports")
    }

    @Test func aReportIsNotWrittenThroughASymbolicLinkOutOfReports() throws {
        let project = try MiniProject.make()
        defer { project.remove() }
        let fm = FileManager.default
        try fm.createDirectory(at: project.root.appendingPathComponent("reports"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(
            at: project.root.appendingPathComponent("reports/sentiment"),
            withDestinationURL: project.root.appendingPathComponent("prompts/sentiment"))
        let before = try project.read("prompts/sentiment/v2.md")
        let config = try project.open().config
        let url = ReportWriter.runReportURL(config: config, prompt: "sentiment", version: 2)
        #expect(throws: InputError.self) { try ReportWriter.write("# hijacked\n", to: url, inside: config.reportsURL) }
        #expect(try project.read("prompts/sentiment/v2.md") == before)
        try ReportWriter.write(
            "# fine\n", to: ReportWriter.runReportURL(config: config, prompt: "other", version: 1),
            inside: config.reportsURL)
    }
}
