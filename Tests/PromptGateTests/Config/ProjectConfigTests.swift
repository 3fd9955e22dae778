import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

@Suite struct ProjectConfigTests {
    func load(_ yaml: String) throws -> (ProjectConfig, [Diagnostic]) {
        let project = try TempProject(files: ["promptgate.yaml": yaml])
        defer { project.remove() }
        var bag = DiagnosticBag()
        return (ProjectConfig.load(root: project.root, into: &bag), bag.items)
    }

    @Test func readsProvidersPricingAndDefaults() throws {
        let (config, diagnostics) = try load(
            "version: 1\ndatabase: db/x.sqlite\ndefaults:\n  provider: live\n  concurrency: 4\nproviders:\n  live:\n    type: openai\n    base_url: http://127.0.0.1:9\n    api_key_env: MY_KEY\npricing:\n  m: { input: 1.5, output: 3 }\n"
        )
        #expect(diagnostics.isEmpty)
        #expect(config.databasePath == "db/x.sqlite")
        #expect(config.concurrency == 4)
        #expect(config.providers["live"]?.kind == .openai)
        #expect(config.providers["live"]?.apiKeyEnv == "MY_KEY")
        #expect(config.pricing["m"] == ModelPrice(inputPerMillion: 1.5, outputPerMillion: 3))
    }

    @Test(
        arguments: [
            ("version: 1\nproviders:\n  replay:\n    type: replay\n  x:\n    type: magic\n", 6, "unknown type `magic`"),
            ("version: 1\ndatabse: x\n", 2, "unknown key `databse`"),
            ("version: 2\n", 1, "unsupported config version"),
            ("version: 1\ndefaults:\n  concurrency: many\n", 3, "must be a whole number"),
            ("version: 1\n  bad: indent\n x", 2, "invalid YAML"),
            // The line naming the provider.
            ("version: 1\nproviders:\n  replay:\n    type: replay\n  o:\n    type: openai\n", 5, "needs `base_url`"),
        ] as [(String, Int, String)])
    func badConfigNamesTheLine(yaml: String, line: Int, fragment: String) throws {
        let (_, diagnostics) = try load(yaml)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.file == "promptgate.yaml")
        #expect(error.line == line, "\(diagnostics)")
        #expect(error.message.contains(fragment), "\(diagnostics)")
    }
}
