import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// Runs a `LiveProject` prompt through `RunCommand` with the test key, collecting log lines.
struct LiveRun {
    let project: TempProject
    let keyEnv: String
    let logLines = LogCollector()

    /// Runs sentiment@v1 (or `version`) and returns the outcome and the opened store.
    func run(
        version: Int = 1, configure: (inout RunCommand.Options) -> Void = { _ in }
    ) async throws -> (RunCommand.Outcome, ResultStore) {
        var options = RunCommand.Options(reference: PromptReference(name: "sentiment", version: version))
        options.environment = [keyEnv: ProviderFixtures.key]
        let collector = logLines
        options.log = { collector.append($0) }
        configure(&options)
        let opened = try project.open()
        let outcome = try await RunCommand.run(project: opened, options: options)
        return (outcome, try opened.openStore())
    }
}

/// Thread-safe log line collector.
final class LogCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ line: String) {
        lock.lock()
        items.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}

/// Every suite that runs whole projects against the fake server, nested here so they run one at
/// a time: each opens databases and writes files, and in parallel they would starve the timing
/// tests of the HTTP transport.
@Suite(.serialized) enum LiveServerSuites {}
