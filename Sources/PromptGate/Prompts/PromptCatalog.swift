import Foundation

/// The prompts under `prompts/`: their names, versions, and the version each is compared with.
public struct PromptCatalog: Sendable {
    public let config: ProjectConfig

    public init(config: ProjectConfig) {
        self.config = config
    }

    /// Every prompt folder's name, sorted.
    public func names() -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: config.promptsURL.path)) ?? []
        return items.filter { isDirectory(config.promptsURL.appendingPathComponent($0)) && !$0.hasPrefix(".") }.sorted()
    }

    /// The versions of prompt `name`, ascending. Files that are not `v<N>.md` are reported in `bag`.
    public func versions(of name: String, into bag: inout DiagnosticBag) -> [Int] {
        let folder = config.promptsURL.appendingPathComponent(name)
        guard isDirectory(folder), let items = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return []
        }
        var versions: [Int] = []
        for item in items.sorted() where !item.hasPrefix(".") {
            if let v = Self.version(fromFileName: item) {
                versions.append(v)
            } else if item.hasSuffix(".md") {
                bag.append(
                    .error(
                        "prompts/\(name)/\(item)",
                        "prompt files are named v<N>.md with N a positive whole number (v1.md, v2.md); rename this file"
                    ))
            }
        }
        return versions.sorted()
    }

    /// Resolves a reference to a concrete version: the latest when none is given.
    public func resolve(_ reference: PromptReference) throws(InputError) -> (name: String, version: Int) {
        try Self.checkName(reference.name)
        var bag = DiagnosticBag()
        let versions = versions(of: reference.name, into: &bag)
        guard !versions.isEmpty else {
            let known = names()
            let hint =
                known.isEmpty
                ? "there are no prompts under prompts/" : "known prompts: \(known.joined(separator: ", "))"
            throw InputError(.error("prompts/\(reference.name)", "unknown prompt `\(reference.name)`; \(hint)"))
        }
        guard let version = reference.version else {
            return (reference.name, versions[versions.count - 1])
        }
        guard versions.contains(version) else {
            throw InputError(
                .error(
                    "prompts/\(reference.name)/v\(version).md",
                    "prompt `\(reference.name)` has no version \(version); versions: \(versions.map { "v\($0)" }.joined(separator: ", "))"
                ))
        }
        return (reference.name, version)
    }

    /// The version a given version is compared with: the highest existing one below it.
    public func previous(of name: String, before version: Int) -> Int? {
        var bag = DiagnosticBag()
        return versions(of: name, into: &bag).last { $0 < version }
    }

    /// Loads and parses one version, and checks that the test set and provider it names exist.
    public func load(_ name: String, version: Int) throws(InputError) -> PromptFile {
        try Self.checkName(name)
        let url = config.promptsURL.appendingPathComponent(name).appendingPathComponent("v\(version).md")
        let display = config.display(url)
        let text = try TextFile.read(url.path, display: display)
        var bag = DiagnosticBag()
        guard let prompt = PromptFile.parse(text, name: name, version: version, path: display, into: &bag) else {
            throw InputError(bag.errors)
        }
        let problems = checkReferences(of: prompt)
        if !problems.isEmpty { throw InputError(problems) }
        return prompt
    }

    /// Refuses a prompt name that is not one folder name under prompts/ (`../x`, `a/b`, `.hidden`).
    static func checkName(_ name: String) throws(InputError) {
        if let problem = NameRule.problem(name) {
            throw InputError(
                .error("prompts/", "the prompt name `\(name)` \(problem); name a folder directly under prompts/"))
        }
    }

    static func version(fromFileName file: String) -> Int? {
        guard file.hasPrefix("v"), file.hasSuffix(".md") else { return nil }
        let digits = file.dropFirst().dropLast(3)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), digits.first != "0", let n = Int(digits) else {
            return nil
        }
        return n
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
