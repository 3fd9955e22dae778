import ArgumentParser
import PromptGate

/// `promptgate check`.
struct CheckCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config, every prompt, test set and recording without calling any model.",
        discussion: "Each problem is printed as `file:line: error: message`. " + ExitStatus.summary
    )

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let report = CheckCommand.run(root: try project.rootURL())
        for diagnostic in report.diagnostics { Console.error(diagnostic.description) }
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        Console.out(
            "checked \(report.promptVersions) prompt versions, \(report.testSets) test sets, \(report.cases) cases: \(errors) errors, \(warnings) warnings"
        )
        if report.exitStatus != .ok { throw ExitStatusError(status: report.exitStatus) }
    }
}
