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
        subcommands: [
            InitCommandCLI.self, NewCommandCLI.self, CheckCommandCLI.self, RunCommandCLI.self,
            CompareCommandCLI.self, GateCommandCLI.self, CICommandCLI.self, ReportCommandCLI.self,
            HistoryCommandCLI.self, DLQCommandCLI.self, ImportCommandCLI.self, PIICommandCLI.self,
            ValidateCommandCLI.self, CommentCommandCLI.self, PowerCommandCLI.self, MergeCommandCLI.self,
            JudgeCommandCLI.self,
        ]
    )

    static func main() async {
        MemoryRelease.useOneHeapForAllThreads()
        StandardStream.unblockStopSignals()
        StandardStream.ignoreBrokenPipes()
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            Self.exit(withStatus: handle(error, workStarted: false))
        }
        do {
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            Self.exit(withStatus: handle(error, workStarted: true))
        }
    }

    /// Prints an error the way users can act on it and picks its exit status from the contract:
    /// an error nobody classified is a usage error while the arguments are parsed (2), and a run
    /// that could not complete once the command has started working (3), never "bad input".
    static func handle(_ error: Error, workStarted: Bool) -> ExitStatus {
        switch error {
        case let exit as ExitStatusError:
            return exit.status
        case let input as InputError:
            Console.error(input.description)
            return .badInput
        case let store as StoreError:
            Console.error("error: \(store)")
            return store.isBadInput ? .badInput : .incomplete
        case let stop as RunStop:
            Console.error("stopped: \(stop.reason)")
            return .incomplete
        default:
            let code = Self.exitCode(for: error)
            let message = Self.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.out(message) }
                return .ok
            }
            if workStarted && !(error is ValidationError || error is ExitCode || error is CleanExit) {
                Console.error("error: \(message)")
                return .incomplete
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
    @Option(
        name: .long,
        help:
            "The project folder (holding promptgate.yaml, prompts/, testsets/); default: the current folder or the nearest parent holding promptgate.yaml."
    )
    var root: String?

    @Option(
        name: .long,
        help: "The SQLite database file (default: `database:` in promptgate.yaml, else .promptgate/promptgate.sqlite).")
    var db: String?

    /// The project root: `--root`, or found from the current folder upwards; exit 2 without one.
    func rootURL() throws -> URL {
        try ProjectRoot.find(explicit: root, from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    func open() throws -> Project {
        try Project.open(root: rootURL(), databaseOverride: db)
    }
}

/// Writes to the terminal; control characters in case ids, model text and names are escaped first.
enum Console {
    /// Writes a line to standard error.
    static func error(_ text: String) {
        StandardStream.error(ConsoleText.escaped(text.hasSuffix("\n") ? text : text + "\n"))
    }

    /// Writes to standard output, control characters escaped.
    static func out(_ text: String, terminator: String = "\n") {
        Swift.print(ConsoleText.escaped(text), terminator: terminator)
    }
}
