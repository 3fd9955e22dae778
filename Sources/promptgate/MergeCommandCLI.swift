import ArgumentParser
import PromptGate

/// `promptgate merge`.
struct MergeCommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the shard databases of `run --shard i/n` into one run per prompt version.",
        discussion:
            "OUTPUT may exist (its runs are kept); it is replaced atomically, and merging the same shards again adds nothing. Refused (exit 2, naming what differs) are shards made from other inputs (prompt content, test set, provider, config), overlapping or missing shards, unfinished shards, and databases of another schema version. "
            + ExitStatus.summary
    )

    @Argument(help: "The merged database to write (created when missing).")
    var output: String

    @Argument(help: "The shard databases.")
    var inputs: [String]

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name at least one shard database after the output") }
    }

    func run() async throws {
        for merged in try MergeCommand.merge(output: output, inputs: inputs) {
            let what = merged.added ? "merged" : "already in \(output), unchanged:"
            print("\(what) \(merged.reference): \(merged.shards) shards, \(merged.cases) cases")
        }
    }
}
