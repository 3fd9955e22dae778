import ArgumentParser
import Foundation
import PromptGate

/// `promptgate report`.
struct ReportCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Re-render a stored run's report from the database (Markdown, JUnit XML, JSON or a self-contained HTML viewer).",
        discussion:
            "Personal data found by the PII scanner is redacted unless --show-pii is given. --format html writes one file with no network use (default reports/<prompt>/v<N>.html, or v<N>-vs-v<M>.html with --baseline): verdict, summary, trend, filters, search and each case side by side. "
            + ExitStatus.summary
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "A run id (see `history`) or prompt@vN (its latest completed run).")
    var run: String

    @Option(help: "markdown, junit, json or html.")
    var format: String = "markdown"

    @Option(
        help:
            "html only: a baseline run id or prompt@vN to compare with (the viewer then shows regressions, fixes and the gate's verdict)."
    )
    var baseline: String?

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Show personal data instead of redacting it.")
    var showPII = false

    func validate() throws {
        guard ReportCommand.Format(rawValue: format) != nil || format == "html" else {
            throw ValidationError("--format must be markdown, junit, json or html")
        }
        guard baseline == nil || format == "html" else { throw ValidationError("--baseline goes with --format html") }
    }

    func run() async throws {
        let project = try self.project.open()
        let store = try project.openStoreForReading()
        if format == "html" {
            print(
                "wrote \(try HTMLReportCommand.write(project: project, store: store, run: run, baseline: baseline, output: output, showPII: showPII))"
            )
            return
        }
        let id = try ReportCommand.resolveRun(run, store: store)
        let text = try ReportCommand.render(
            runID: id, store: store, format: ReportCommand.Format(rawValue: format) ?? .markdown, showPII: showPII)
        if let output {
            try ReportWriter.write(text, to: URL(fileURLWithPath: output))
            Console.out("wrote \(output)")
        } else {
            Console.out(text, terminator: "")
        }
    }
}

/// `promptgate history`.
struct HistoryCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every stored run of a prompt with its main figures.",
        discussion: ExitStatus.summary
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The prompt name.")
    var prompt: String

    func run() async throws {
        let project = try self.project.open()
        Console.out(try HistoryCommand.table(prompt: prompt, store: try project.openStoreForReading()), terminator: "")
    }
}
