import ArgumentParser
import Foundation
import PromptGate

/// `promptgate import <testset> --csv FILE`.
struct ImportCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a spreadsheet export (CSV) into a test set's cases.jsonl.",
        discussion: """
            The first row names the columns: `id` (required), `tags` (separated by ; or ,), `expected.<field>` \
            (a field of the expected output, read as the type schema.json gives it; dots for nested fields), \
            `vars.<name>`; any other column is a template variable. --map COLUMN=TARGET maps a column to id, \
            tags, ignore, vars.<name> or expected.<field>. Every bad row is reported with its line; nothing \
            is written then. \(ExitStatus.summary)
            """
    )

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The test set (a folder under testsets/, with its schema.json).")
    var testset: String

    @Option(help: "The CSV file to import.")
    var csv: String

    @Option(help: "COLUMN=TARGET (repeatable): TARGET is id, tags, ignore, vars.<name> or expected.<field>.")
    var map: [String] = []

    @Option(help: "The field separator (one character).")
    var separator: String = ","

    @Flag(help: "Add the imported cases after the existing ones.")
    var append = false

    @Flag(help: "Replace the existing cases.")
    var replace = false

    func validate() throws {
        guard separator.count == 1 else { throw ValidationError("--separator must be one character") }
        guard !(append && replace) else { throw ValidationError("pass --append or --replace, not both") }
    }

    func run() async throws {
        let outcome = try CaseImport.run(
            config: try project.open().config, testSet: testset, csv: URL(fileURLWithPath: csv), csvDisplay: csv,
            mappings: map, separator: separator.first ?? ",", mode: append ? .append : replace ? .replace : .create)
        print(
            "imported \(outcome.cases) case\(outcome.cases == 1 ? "" : "s") into \(outcome.file); run `promptgate check` next"
        )
    }
}
