import Foundation
import Testing

/// The layer order of docs/architecture.md, checked on Package.swift and on the sources: a target
/// may depend only on targets of lower layers, and general machinery never imports the domain.
@Suite("layering")
struct LayeringTests {
    /// Every target of Package.swift with its layer; a dependency must point to a lower number.
    static let layers: [String: Int] = [
        // General machinery, bottom up.
        "CCurl": 0, "CMemory": 0, "PromptGateSync": 0,
        "PromptGateJSON": 1, "PromptGateHTTP": 1, "PromptGatePII": 1, "PromptGateStatistics": 1,
        "PromptGateSchema": 2,
        // The domain library.
        "PromptGate": 3,
        // What is built on the library: test support, the CLI, the bench, the tests.
        "PromptGateTestSupport": 4, "promptgate": 4, "PromptGateBenchSupport": 4,
        "promptgate-bench": 5, "PromptGateTests": 5, "PromptGateCLITests": 5,
    ]
    /// The layer of the domain library: targets below it are general machinery.
    static let domainLayer = 3

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("every target in Package.swift has a layer")
    func everyTargetPlaced() throws {
        let targets = try PackageTargets.read(Self.packageRoot.appendingPathComponent("Package.swift"))
        #expect(!targets.isEmpty)
        for target in targets.keys {
            #expect(
                Self.layers[target] != nil,
                "\(target) is not in the layer table; add it to LayeringTests and docs/architecture.md")
        }
    }

    @Test("dependencies in Package.swift point down")
    func dependenciesPointDown() throws {
        let targets = try PackageTargets.read(Self.packageRoot.appendingPathComponent("Package.swift"))
        for violation in Self.upwardDependencies(targets) {
            Issue.record("\(violation)")
        }
    }

    @Test("general machinery imports no higher layer")
    func generalMachineryImportsNothingAbove() throws {
        let fileManager = FileManager.default
        for (target, layer) in Self.layers where layer < Self.domainLayer {
            let folder = Self.packageRoot.appendingPathComponent("Sources/\(target)")
            guard let files = fileManager.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where file.pathExtension == "swift" {
                let text = try String(contentsOf: file, encoding: .utf8)
                for module in Self.imports(in: text) where module != target {
                    if let imported = Self.layers[module], imported >= layer {
                        Issue.record(
                            "\(file.lastPathComponent) in \(target) (layer \(layer)) imports \(module) (layer \(imported))"
                        )
                    }
                }
            }
        }
    }

    @Test("the check catches a general target that depends on the domain")
    func checkCatchesUpwardDependency() {
        let violations = Self.upwardDependencies(["PromptGateJSON": ["PromptGate"], "PromptGate": ["PromptGateJSON"]])
        #expect(violations == ["PromptGateJSON (layer 1) depends on PromptGate (layer 3)"])
        #expect(
            Self.imports(in: "import Foundation\n@_exported import PromptGate\n// import X\n") == [
                "Foundation", "PromptGate",
            ])
    }

    /// "A (layer n) depends on B (layer m)" for every dependency that does not point to a lower layer.
    static func upwardDependencies(_ targets: [String: [String]]) -> [String] {
        var violations: [String] = []
        for (target, dependencies) in targets.sorted(by: { $0.key < $1.key }) {
            guard let layer = layers[target] else { continue }
            for dependency in dependencies {
                guard let other = layers[dependency], other >= layer else { continue }
                violations.append("\(target) (layer \(layer)) depends on \(dependency) (layer \(other))")
            }
        }
        return violations
    }

    /// The modules a source file imports (`import X`, `@_exported import X`, `import struct X.Y`).
    static func imports(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
            guard words.first == "import", words.count >= 2 else { return nil }
            let path =
                words.count >= 3
                    && ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(
                        words[words.startIndex + 1])
                ? words[words.startIndex + 2] : words[words.startIndex + 1]
            return String(path.split(separator: ".")[0])
        }
    }
}
