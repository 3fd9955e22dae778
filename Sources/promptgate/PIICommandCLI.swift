import ArgumentParser
import PromptGate

/// `promptgate pii`.
struct PIICommandCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pii",
        abstract: "Find personal data in text without any model.",
        subcommands: [Scan.self]
    )

    /// `promptgate pii scan`.
    struct Scan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Scan a JSONL file; print one JSON line per input line with the entities found.",
            discussion:
                "Output: {\"id\": ..., \"entities\": [{\"type\", \"start\", \"end\"}]}, offsets in Unicode code points, end exclusive. Types: EMAIL, PHONE, CREDIT_CARD, US_SSN, US_ITIN, IBAN, IP_ADDRESS, URL, CRYPTO_WALLET, MAC_ADDRESS, UK_NHS. "
                + ExitStatus.summary
        )

        @Argument(help: "A JSONL file, one object per line.")
        var file: String

        @Option(help: "The string field to scan.")
        var field: String = "text"

        func run() async throws {
            for line in try PIIScanCommand.scan(path: file, field: field) { Console.out(line) }
        }
    }
}
