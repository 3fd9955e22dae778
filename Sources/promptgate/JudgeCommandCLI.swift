import ArgumentParser
import Foundation
import PromptGate

/// `promptgate judge`: commands about judge prompts.
struct JudgeCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge",
        abstract: "Measure a judge prompt's agreement with people.",
        discussion: ExitStatus.summary,
        subcommands: [Calibrate.self]
    )

    /// `promptgate judge calibrate <judge> --labels FILE.jsonl`.
    struct Calibrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Run a judge over examples people labelled; report accuracy, Cohen's kappa with a 95% bootstrap interval and the confusion matrix, and store them with the judge's version.",
            discussion:
                "Each line of the labels file: {\"id\", \"vars\", \"output\", \"expected\", \"label\"} (label \"pass\"/\"fail\" or 1-5, as the judge's `verdict:`). Kappa is unweighted for pass/fail judges and quadratic-weighted for 1-5 judges (linear shown too). "
                + ExitStatus.summary
        )

        @OptionGroup var project: ProjectOptions

        @Argument(help: "The judge prompt, `name` (newest version) or `name@vN`.")
        var judge: String

        @Option(help: "The labelled examples (JSONL).")
        var labels: String

        @OptionGroup var budget: BudgetOptions

        func run() async throws {
            guard let reference = PromptReference(parsing: judge) else {
                throw ValidationError("`\(judge)` is not a prompt reference; write `name` or `name@vN`")
            }
            let opened = try project.open()
            var options = JudgeCalibrateCommand.Options(
                reference: reference, labels: URL(fileURLWithPath: labels), labelsDisplay: labels)
            options.budget = budget.limits
            let outcome = try await JudgeCalibrateCommand.run(project: opened, options: options)
            Console.out(JudgeSummaries.calibration(outcome))
        }
    }
}

/// The calibration's plain-text summary.
enum JudgeSummaries {
    static func calibration(_ outcome: JudgeCalibrateCommand.Outcome) -> String {
        let record = outcome.record, a = outcome.agreement
        var lines = [
            "\(record.reference): \(a.count) labelled examples judged; accuracy \(String(format: "%.1f%%", a.accuracy * 100)); \(record.summary)"
        ]
        if let linear = outcome.linearKappa { lines.append(String(format: "linear-weighted κ %.2f", linear)) }
        lines.append("interval: percentile bootstrap (2,000 resamples of the examples, seeded)")
        let labels = outcome.scale.values.map { outcome.scale.label($0) }
        let width = max(6, labels.map(\.count).max() ?? 0)
        lines.append("confusion (rows: people, columns: judge):")
        lines.append(padded("", width) + " " + labels.map { padded($0, width) }.joined(separator: " "))
        for (i, row) in a.confusion.enumerated() {
            lines.append(padded(labels[i], width) + " " + row.map { padded("\($0)", width) }.joined(separator: " "))
        }
        for item in outcome.unjudged.prefix(10) { lines.append("no verdict on \(item.id): \(item.problem)") }
        if outcome.unjudged.count > 10 { lines.append("… and \(outcome.unjudged.count - 10) more without a verdict") }
        if outcome.costUSD > 0 { lines.append(String(format: "judge cost $%.4f", outcome.costUSD)) }
        lines.append("stored with \(record.reference) (its current text); reports and `judge_min_kappa` use it")
        return lines.joined(separator: "\n")
    }

    /// `text` right-aligned in `width` columns.
    private static func padded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
