import ArgumentParser
import PromptGate

/// `promptgate validate`.
struct ValidateCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate each line of a JSONL file against a JSON Schema (draft 2020-12).",
        discussion:
            "Prints one JSON line per instance: {\"line\", \"valid\", \"errors\": [{\"instance_path\", \"schema_path\", \"message\"}]}. Exits 1 if any line is invalid, 2 on bad input (unreadable file, invalid JSON, a schema that is not a schema)."
    )

    @Option(help: "The JSON Schema file.")
    var schema: String

    @Argument(help: "A JSONL file: one instance per line.")
    var file: String

    @Flag(help: "Treat `format` as an assertion (date, date-time, time, email, uuid, ipv4, ipv6, uri, hostname, ...).")
    var formatAssertion = false

    func run() async throws {
        let outcome = try ValidateCommand.run(schemaPath: schema, instancesPath: file, formatAssertion: formatAssertion)
        for line in outcome.lines { Console.out(line) }
        if outcome.exitStatus != .ok { throw ExitStatusError(status: outcome.exitStatus) }
    }
}
