import ArgumentParser
import Foundation
import PromptGate

/// The `promptgate` command: an offline evaluation and prompt-regression gate for LLM pipelines.
@main
struct PromptGateCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promptgate",
        abstract: "Evaluate prompt versions against a golden test set and gate regressions before they merge.",
        discussion: ExitStatus.summary,
        version: "0.1.0",
        subcommands: [CheckCommandCLI.self, RunCommandCLI.self, CompareCommandCLI.self, GateCommandCLI.self, CICommandCLI.self, ReportCommandCLI.self, HistoryCommandCLI.self, DLQCommandCLI.self, PIICommandCLI.self, ValidateCommandCLI.self]
    )

    static func main() async {
        MemoryRelease.useOneHeapForAllThreads()
        do {
            var command = try parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            Self.exit(withStatus: handle(error))
        }
    }

    /// Prints an error the way users can act on it and picks its exit status from the contract.
    static func handle(_ error: Error) -> ExitStatus {
        switch error {
        case let exit as ExitStatusError:
            return exit.status
        case let input as InputError:
            Console.error(input.description)
            return .badInput
        case let store as StoreError:
            Console.error("error: \(store)")
            return .incomplete
        default:
            let code = Self.exitCode(for: error)
            let message = Self.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.out(message) }
                return .ok
            }
            Console.error(message)
            return .badInput
        }
    }

    static func exit(withStatus status: ExitStatus) -> Never {
        Foundation.exit(status.rawValue)
    }
}

/// Thrown by a subcommand to end with a given exit status after printing its output.
struct ExitStatusError: Error {
    let status: ExitStatus
}

/// Options every command shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (holding promptgate.yaml, prompts/, testsets/).")
    var root: String = "."

    @Option(name: .long, help: "The SQLite database file (default: `database:` in promptgate.yaml, else .promptgate/promptgate.sqlite).")
    var db: String?

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }

    func open() throws -> Project {
        try Project.open(root: rootURL, databaseOverride: db)
    }
}

/// Writes to the terminal; control characters in case ids, model text and names are escaped first.
enum Console {
    /// Writes a line to standard error.
    static func error(_ text: String) {
        let safe = ConsoleText.escaped(text)
        FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// Writes to standard output.
    static func out(_ text: String, terminator: String = "\n") {
        Swift.print(ConsoleText.escaped(text), terminator: terminator)
    }
}
