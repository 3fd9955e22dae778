import Foundation
import PromptGateTestSupport
import Testing
import Yams

@testable import PromptGate

/// The editor schemas under `schemas/`: the keys they list are exactly the keys the loaders accept,
/// the documented examples and the bundled files validate, and `init` writes the same schemas.
@Suite struct EditorSchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func schema(_ name: String) throws -> JSONValue {
        try JSONParser.parse(
            String(contentsOf: Self.packageRoot.appendingPathComponent("schemas/\(name)"), encoding: .utf8))
    }

    /// The property names the schema lists at a path of `properties` / `additionalProperties` steps
    /// (`*` follows `additionalProperties`), resolving local `$ref`s.
    func keys(_ schema: JSONValue, at path: [String]) -> Set<String> {
        func resolve(_ node: JSONValue?) -> JSONValue? {
            guard let ref = node?.objectValue?["$ref"]?.stringValue, ref.hasPrefix("#/$defs/") else { return node }
            return schema.objectValue?["$defs"]?.objectValue?[String(ref.dropFirst(8))]
        }
        var node: JSONValue? = schema
        for step in path {
            node = resolve(
                step == "*"
                    ? node?.objectValue?["additionalProperties"] : node?.objectValue?["properties"]?.objectValue?[step])
        }
        return Set(resolve(node)?.objectValue?["properties"]?.objectValue?.keys.map { $0 } ?? [])
    }

    /// The keys a loader accepts at a place, read from its unknown-key error for a probe key.
    func acceptedKeys(_ load: (String) -> [Diagnostic], yamlWithProbe: String) -> Set<String> {
        let messages = load(yamlWithProbe).map(\.message).filter { $0.hasPrefix("unknown key `zz_probe`") }
        guard let message = messages.first, let range = message.range(of: "expected one of: ") else {
            Issue.record("no unknown-key error listing the accepted keys for:\n\(yamlWithProbe)")
            return []
        }
        return Set(message[range.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    func loadConfig(_ text: String) -> [Diagnostic] {
        guard let project = try? TempProject(files: ["promptgate.yaml": text]) else { return [] }
        defer { project.remove() }
        var bag = DiagnosticBag()
        _ = ProjectConfig.load(root: project.root, into: &bag)
        return bag.items
    }

    func loadTestSet(_ text: String) -> [Diagnostic] {
        var bag = DiagnosticBag()
        _ = TestSetSettings.parse(text, path: "testset.yaml", into: &bag)
        return bag.items
    }

    func loadFrontMatter(_ text: String) -> [Diagnostic] {
        var bag = DiagnosticBag()
        _ = PromptFile.parse("---\n\(text)---\n# user\nhi\n", name: "p", version: 1, path: "p.md", into: &bag)
        return bag.items
    }

    @Test func everyKeyTheConfigLoaderAcceptsIsInTheSchemaAndTheReverse() throws {
        let schema = try schema("promptgate.schema.json")
        let places: [([String], String)] = [
            ([], "version: 1\nzz_probe: 1\n"),
            (["defaults"], "version: 1\ndefaults: { zz_probe: 1 }\n"),
            (
                ["providers", "*"],
                "version: 1\nproviders: { r: { type: replay, zz_probe: 1 } }\ndefaults: { provider: r }\n"
            ),
            (["pricing", "*"], "version: 1\npricing: { m: { input: 1, output: 1, zz_probe: 1 } }\n"),
            (["retry"], "version: 1\nretry: { zz_probe: 1 }\n"),
            (["breaker"], "version: 1\nbreaker: { zz_probe: 1 }\n"),
            (["gate"], "version: 1\ngate: { zz_probe: 1 }\n"),
        ]
        for (path, yaml) in places {
            #expect(
                keys(schema, at: path) == acceptedKeys(loadConfig, yamlWithProbe: yaml), "promptgate.yaml at \(path)")
        }
    }

    @Test func everyKeyTheTestSetLoaderAcceptsIsInTheSchemaAndTheReverse() throws {
        let schema = try schema("testset.schema.json")
        let places: [([String], String)] = [
            ([], "version: 1\nzz_probe: 1\n"),
            (["pii"], "version: 1\npii: { zz_probe: 1 }\n"),
            (["confidence"], "version: 1\nconfidence: { field: c, min: 0.5, zz_probe: 1 }\n"),
            (["scorers"], "version: 1\nscorers: { zz_probe: 1 }\n"),
        ]
        for (path, yaml) in places {
            #expect(keys(schema, at: path) == acceptedKeys(loadTestSet, yamlWithProbe: yaml), "testset.yaml at \(path)")
        }
    }

    /// A field rule's options depend on its matcher: the schema lists the union, the loader accepts
    /// each matcher's own; under `text:` each check is a key with its own options.
    @Test func everyMatcherOptionTheTestSetLoaderAcceptsIsInTheSchemaAndTheReverse() throws {
        let schema = try schema("testset.schema.json")
        let matchers =
            schema["properties"]?["fields"]?["additionalProperties"]?["properties"]?["match"]?["enum"]?.arrayValue?
            .compactMap(\.stringValue) ?? []
        #expect(matchers.contains("token_f1"))
        var union: Set<String> = []
        for matcher in matchers {
            union.formUnion(
                acceptedKeys(
                    loadTestSet,
                    yamlWithProbe: "version: 1\nfields: { f: { match: \(matcher), pattern: x, zz_probe: 1 } }\n"))
        }
        #expect(keys(schema, at: ["fields", "*"]) == union)
        let checks = keys(schema, at: ["text"])
        #expect(checks.contains("token_f1") && checks.contains("length"))
        for check in checks.sorted() {
            let accepted = acceptedKeys(
                loadTestSet, yamlWithProbe: "version: 1\ntext: { \(check): { pattern: x, zz_probe: 1 } }\n")
            #expect(keys(schema, at: ["text", check]).isSubset(of: accepted), "text: \(check)")
        }
    }

    @Test func everyFrontMatterKeyThePromptLoaderAcceptsIsInTheSchemaAndTheReverse() throws {
        let schema = try schema("prompt-front-matter.schema.json")
        #expect(
            keys(schema, at: []) == acceptedKeys(loadFrontMatter, yamlWithProbe: "testset: t\nmodel: m\nzz_probe: 1\n"))
        #expect(
            keys(schema, at: ["gate"])
                == acceptedKeys(loadFrontMatter, yamlWithProbe: "testset: t\nmodel: m\ngate: { zz_probe: 1 }\n"))
    }

    @Test func theDocumentedExamplesAndTheBundledFilesValidate() throws {
        let formats = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("docs/formats.md"), encoding: .utf8)
        var checked: [String: Int] = [:]
        for block in DocBlocks.yaml(in: formats) {
            let name: String
            if block.heading.contains("promptgate.yaml") {
                name = "promptgate.schema.json"
            } else if block.heading.contains("testset.yaml") {
                name = "testset.schema.json"
            } else if block.heading.contains("Prompt files") {
                name = "prompt-front-matter.schema.json"
            } else {
                continue
            }
            try expectValid(block.text, against: name, what: "docs/formats.md block under \"\(block.heading)\"")
            checked[name, default: 0] += 1
        }
        #expect(
            checked == ["promptgate.schema.json": 2, "testset.schema.json": 3, "prompt-front-matter.schema.json": 1],
            "the docs' examples were all found")

        try expectValid(
            String(contentsOf: Self.packageRoot.appendingPathComponent("promptgate.yaml"), encoding: .utf8),
            against: "promptgate.schema.json", what: "promptgate.yaml")
        try expectValid(
            String(
                contentsOf: Self.packageRoot.appendingPathComponent("testsets/support-tickets/testset.yaml"),
                encoding: .utf8), against: "testset.schema.json", what: "the example's testset.yaml")
        for version in 1...3 {
            let text = try String(
                contentsOf: Self.packageRoot.appendingPathComponent("prompts/extract-ticket/v\(version).md"),
                encoding: .utf8)
            try expectValid(
                DocBlocks.frontMatter(text), against: "prompt-front-matter.schema.json",
                what: "extract-ticket v\(version)")
        }
    }

    @Test func aSchemaRejectsAnUnknownKeyAndAWrongType() throws {
        let validator = try JSONSchema(schema("promptgate.schema.json"))
        #expect(!validator.validate(try DocBlocks.json(fromYAML: "version: 1\ndatabse: x.sqlite\n")).isEmpty)
        #expect(
            !validator.validate(try DocBlocks.json(fromYAML: "version: 1\ndefaults: { concurrency: many }\n")).isEmpty)
    }

    @Test func initWritesTheRepositorysSchemasAndPointsItsFilesAtThem() throws {
        for file in EditorSchemas.files {
            let repository = try String(
                contentsOf: Self.packageRoot.appendingPathComponent("schemas/\(file.name)"), encoding: .utf8)
            #expect(
                repository == file.text + "\n",
                "schemas/\(file.name) and EditorSchemas differ; copy the file into EditorSchemas.swift")
        }
        let project = try TempProject()
        defer { project.remove() }
        _ = try InitCommand.run(root: project.root)
        #expect(
            try project.read("promptgate.yaml").hasPrefix(
                "# yaml-language-server: $schema=schemas/promptgate.schema.json\n"))
        #expect(
            try project.read("testsets/tickets/testset.yaml").hasPrefix(
                "# yaml-language-server: $schema=../../schemas/testset.schema.json\n"))
        try expectValid(
            project.read("promptgate.yaml"), against: "promptgate.schema.json", what: "init's promptgate.yaml")
        try expectValid(
            project.read("testsets/tickets/testset.yaml"), against: "testset.schema.json", what: "init's testset.yaml")
        try expectValid(
            DocBlocks.frontMatter(project.read("prompts/classify-ticket/v1.md")),
            against: "prompt-front-matter.schema.json", what: "init's prompt")
    }

    private func expectValid(_ yaml: String, against name: String, what: String) throws {
        let validator = try JSONSchema(schema(name))
        let violations = validator.validate(try DocBlocks.json(fromYAML: yaml))
        #expect(violations.isEmpty, "\(what) does not validate against schemas/\(name): \(violations)")
    }
}

/// Code blocks of a Markdown document and YAML read as JSON, for checking documented examples.
enum DocBlocks {
    /// Every ```yaml block and the front matter of every ```markdown block, with the heading above it.
    static func yaml(in markdown: String) -> [(heading: String, text: String)] {
        var blocks: [(String, String)] = []
        var heading = "", language: String?, lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let current = language {
                if line == "```" {
                    let text = lines.joined(separator: "\n") + "\n"
                    if current == "yaml" { blocks.append((heading, text)) }
                    if current == "markdown" { blocks.append((heading, frontMatter(text))) }
                    language = nil
                } else {
                    lines.append(line)
                }
            } else if line.hasPrefix("#") {
                heading = line
            } else if line.hasPrefix("```") {
                language = String(line.dropFirst(3)); lines = []
            }
        }
        return blocks
    }

    /// The YAML between a prompt file's two `---` lines.
    static func frontMatter(_ text: String) -> String {
        let parts = text.components(separatedBy: "---\n")
        return parts.count >= 3 ? parts[1] : ""
    }

    /// YAML parsed with the full YAML 1.1 resolver and converted to a JSON value.
    static func json(fromYAML text: String) throws -> JSONValue {
        convert(try Yams.load(yaml: text))
    }

    private static func convert(_ value: Any?) -> JSONValue {
        switch value {
        case let b as Bool: return .bool(b)
        case let i as Int: return .number(Double(i))
        case let d as Double: return .number(d)
        case let s as String: return .string(s)
        case let a as [Any]: return .array(a.map(convert))
        case let o as [AnyHashable: Any]:
            return .object(Dictionary(uniqueKeysWithValues: o.map { ("\($0.key)", convert($0.value)) }))
        default: return .null
        }
    }
}
