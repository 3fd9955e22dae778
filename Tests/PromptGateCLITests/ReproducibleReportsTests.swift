import Foundation
import Testing

/// Re-running the README's first command on the bundled example leaves the committed reports as
/// they are: no run ids, review-sample seeds from content, trends up to each report's version.
@Suite(.serialized) struct ReproducibleReportsTests {
    /// The promptgate commands of the README's quick start, in order.
    static func quickStartCommands() throws -> [[String]] {
        let readme = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.contains("swift build -c release &&") })
        return line.replacingOccurrences(of: ";", with: "&&").components(separatedBy: "&&")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix(".build/release/promptgate ") }
            .map { Array($0.split(separator: " ").dropFirst().map(String.init)) }
    }

    @Test func rerunningTheQuickStartLeavesGitStatusClean() async throws {
        let commands = try Self.quickStartCommands()
        #expect(commands.first == ["check"] && commands.last?.first == "compare", "\(commands)")
        let dir = try CLIRunner.copyOfBundledExample()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(
            at: CLIRunner.packageRoot.appendingPathComponent("reports"), to: dir.appendingPathComponent("reports"))
        try ".promptgate/\n".write(to: dir.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        let repo = ExecGitProject(root: dir)
        try await repo.git(["init", "-q"])
        try await repo.commit("bundled example with its committed reports")
        for round in 1...2 {
            for command in commands {
                let result = try await CLIRunner.run(command, in: dir)
                #expect(result.status == 0 || command.first == "compare", "\(command): \(result.stderr)")
            }
            let status = try await repo.git(["status", "--porcelain"])
            #expect(status.isEmpty, "round \(round) changed committed reports:\n\(status)")
        }
    }
}
