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
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        Console.out(
            "checked \(count(report.promptVersions, "prompt version")), \(count(report.testSets, "test set")), "
                + "\(count(report.cases, "case")): \(count(errors, "error")), \(count(warnings, "warning"))")
        if report.exitStatus != .ok { throw ExitStatusError(status: report.exitStatus) }
    }
}
