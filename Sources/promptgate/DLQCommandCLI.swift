import ArgumentParser
import Foundation
import PromptGate

/// `promptgate dlq`: the dead-letter queue, cases whose answers stayed unusable after re-asks.
struct DLQCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlq",
        abstract:
            "List, show and promote dead letters: cases whose answer still failed to parse or validate after the re-asks.",
        discussion: ExitStatus.summary,
        subcommands: [List.self, Show.self, Promote.self]
    )

    /// `promptgate dlq list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the runs that left dead letters, newest first.")

        @OptionGroup var project: ProjectOptions

        func run() async throws {
            let counts = try project.open().openStoreForReading().deadLetterCounts()
            Console.out(DLQSummaries.list(counts))
        }
    }

    /// `promptgate dlq show <run-id>`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the dead letters of one run: reason, raw output, attempts.")

        @OptionGroup var project: ProjectOptions

        @Argument(help: "The run id (see `promptgate dlq list`).")
        var runID: Int64

        func run() async throws {
            let store = try project.open().openStoreForReading()
            guard let run = try store.run(id: runID) else {
                throw InputError(
                    .error(
                        store.path, "no run with id \(runID); `promptgate dlq list` shows the runs with dead letters"))
            }
            Console.out(DLQSummaries.show(run: run, letters: try store.deadLetters(runID: runID)))
        }
    }
}

extension DLQCommandCLI {
    /// `promptgate dlq promote <run-id> <case>`.
    struct Promote: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Turn a dead letter into a new case of its test set, to review: inputs kept, `expected` left to fill in.",
            discussion:
                "The case is appended to cases.jsonl as <case>-dlq<run> with a `review` note; `check` and `run` fail until you fill in `expected` and delete `review`. "
                + ExitStatus.summary
        )

        @OptionGroup var project: ProjectOptions

        @Argument(help: "The run id (see `promptgate dlq list`).")
        var runID: Int64

        @Argument(help: "The case id of the dead letter (see `promptgate dlq show <run-id>`).")
        var caseID: String

        func run() async throws {
            let project = try self.project.open()
            let outcome = try DeadLetterPromotion.promote(
                project: project, store: try project.openStore(), runID: runID, caseID: caseID)
            print(
                "added case \(outcome.caseID) to \(outcome.file):\(outcome.line); fill in `expected`, then delete `review`"
            )
        }
    }
}

/// The text `promptgate dlq` prints.
enum DLQSummaries {
    static func list(_ counts: [DeadLetterCount]) -> String {
        guard !counts.isEmpty else { return "no dead letters" }
        return counts.map {
            "run #\($0.run.id ?? 0) \($0.run.reference) (\($0.run.status.rawValue)): \($0.count) dead letter\($0.count == 1 ? "" : "s")"
        }
        .joined(separator: "\n")
    }

    static func show(run: RunRecord, letters: [DeadLetterRecord]) -> String {
        var lines = [
            "run #\(run.id ?? 0) \(run.reference): \(letters.count) dead letter\(letters.count == 1 ? "" : "s")"
        ]
        for letter in letters {
            lines.append("")
            lines.append(
                "case \(letter.caseID) repeat \(letter.repeatIndex): \(letter.attempts) call\(letter.attempts == 1 ? "" : "s"), \(letter.reasks) re-ask\(letter.reasks == 1 ? "" : "s")"
            )
            lines.append("  reason: \(letter.reason)")
            let raw = letter.rawOutput.count > 2000 ? String(letter.rawOutput.prefix(2000)) + "…" : letter.rawOutput
            lines.append("  raw output:")
            lines += raw.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
