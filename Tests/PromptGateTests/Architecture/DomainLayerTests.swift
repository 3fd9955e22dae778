import Foundation
import Testing

/// The folder order inside the domain library (docs/architecture.md): a file may use the types of
/// its own folder and of lower folders, never a type declared in a higher one. Checked by a source
/// scan: the top-level types each folder declares, and the names each file's code uses.
@Suite("domain layers")
struct DomainLayerTests {
    /// The folders of Sources/PromptGate, lowest first. docs/architecture.md shows the same order.
    static let order = [
        "Core", "Config", "TestSets", "Prompts", "Providers", "Scorers", "Store", "Pipeline",
        "Compare", "Reports", "Sharding", "GitHub", "App", "Scaffold",
    ]

    static let domain = LayeringTests.packageRoot.appendingPathComponent("Sources/PromptGate")

    @Test("every folder of the domain has a place in the order")
    func everyFolderPlaced() throws {
        let folders = try FileManager.default.contentsOfDirectory(
            at: Self.domain, includingPropertiesForKeys: [.isDirectoryKey]
        )
        .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        .map(\.lastPathComponent)
        #expect(!folders.isEmpty)
        for folder in folders where !Self.order.contains(folder) {
            Issue.record(
                "Sources/PromptGate/\(folder) is not in DomainLayerTests.order; place it there and in docs/architecture.md"
            )
        }
    }

    @Test("no file uses a type of a higher folder")
    func noUpwardUse() throws {
        let violations = Self.upwardUses(try Self.sources())
        for violation in violations { Issue.record("\(violation)") }
    }

    @Test("docs/architecture.md shows the same folder order")
    func documented() throws {
        let doc = try String(
            contentsOf: LayeringTests.packageRoot.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let line = Self.order.joined(separator: " -> ")
        #expect(doc.contains(line), "docs/architecture.md should hold the line `\(line)`")
    }

    @Test("the check catches a lower folder using a higher one's type")
    func checkCatchesUpwardUse() {
        let files = [
            "Store/Rows.swift":
                "/// Not `CaseResult`.\nstruct Rows { let text = \"CaseResult\"; let n = \"\\(Plan.count)\" }\n",
            "Pipeline/Result.swift":
                "public struct CaseResult {}\nenum Plan { static let count = 1 }\nprivate struct Rows {}\n",
        ]
        #expect(Self.upwardUses(files) == ["Store/Rows.swift (Store) uses Plan, declared in Pipeline, a higher folder"])
    }

    /// The text of every Swift file of the domain, by path relative to Sources/PromptGate.
    static func sources() throws -> [String: String] {
        var files: [String: String] = [:]
        let prefix = domain.standardizedFileURL.path + "/"
        guard let walk = FileManager.default.enumerator(at: domain, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in walk where url.pathExtension == "swift" {
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try String(
                contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// "F (A) uses T, declared in B, a higher folder" for each such use; files outside a folder
    /// (Exports.swift) sit below every folder.
    static func upwardUses(_ files: [String: String]) -> [String] {
        func folder(_ path: String) -> String? { path.contains("/") ? String(path.prefix { $0 != "/" }) : nil }
        func rank(_ folder: String?) -> Int { folder.flatMap { order.firstIndex(of: $0) } ?? -1 }
        var declaredIn: [String: String] = [:]
        for (path, text) in files {
            guard let folder = folder(path) else { continue }
            for name in SwiftSourceScan.declaredTypes(text) { declaredIn[name] = folder }
        }
        var violations: [String] = []
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let own = folder(path)
            for name in SwiftSourceScan.typeNames(text).sorted() {
                guard let other = declaredIn[name], rank(other) > rank(own) else { continue }
                violations.append("\(path) (\(own ?? "top level")) uses \(name), declared in \(other), a higher folder")
            }
        }
        return violations
    }
}
