import ArgumentParser
import Foundation
import PromptGate

/// `promptgate init`.
struct InitCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Create a working project in an empty folder: config, a prompt v1, a test set, a stand-in pipeline, editor schemas, .gitignore lines and a GitHub workflow.",
        discussion:
            "The project runs offline with no API key: its `exec` provider calls pipeline/classify.sh. Nothing is written when one of the files already exists. "
            + ExitStatus.summary
    )

    @Option(name: .long, help: "The folder to create the project in.")
    var root: String = "."

    func run() async throws {
        let written = try InitCommand.run(root: URL(fileURLWithPath: root).standardizedFileURL)
        print(InitSummaries.created(written))
    }
}

/// `promptgate new <prompt>`.
struct NewCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract:
            "Start the next version of a prompt: copies its latest vN.md to v(N+1).md (and vN's replay recordings).",
        discussion: "Edit the new file, then `promptgate run <prompt>` and `promptgate gate <prompt>`. "
            + ExitStatus.summary
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The prompt name (a folder under prompts/).")
    var prompt: String

    func run() async throws {
        let outcome = try NewVersionCommand.run(project: try project.open(), prompt: prompt)
        print("created \(prompt)@v\(outcome.to) from v\(outcome.from): \(outcome.written.joined(separator: ", "))")
    }
}

/// The text `promptgate init` prints.
enum InitSummaries {
    static func created(_ paths: [String]) -> String {
        (["created:"] + paths.map { "  \($0)" } + [
            "next: promptgate check && promptgate run \(InitCommand.firstPrompt)"
        ]).joined(separator: "\n")
    }
}
