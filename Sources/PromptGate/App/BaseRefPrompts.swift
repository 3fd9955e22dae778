import Foundation

/// The prompt versions that exist at a git ref (what is in production when the ref is the base
/// branch), read with `git ls-tree` without checking anything out.
public struct BaseRefPrompts: Sendable {
    public let ref: String
    /// Prompt name -> its versions at the ref, ascending.
    public let versions: [String: [Int]]

    /// Lists `prompts/<name>/v<N>.md` at `ref`.
    public static func at(_ ref: String, root: URL) throws(InputError) -> BaseRefPrompts {
        let paths = try ChangedFiles.git(
            ["ls-tree", "-r", "--name-only", "--end-of-options", ref, "--", "prompts"], root: root, base: ref)
        var versions: [String: [Int]] = [:]
        for path in paths {
            let parts = path.split(separator: "/")
            guard parts.count == 3, parts[0] == "prompts", let v = PromptCatalog.version(fromFileName: String(parts[2]))
            else { continue }
            versions[String(parts[1]), default: []].append(v)
        }
        return BaseRefPrompts(ref: ref, versions: versions.mapValues { $0.sorted() })
    }

    /// The newest version of `prompt` at the ref, if it had any.
    public func newest(of prompt: String) -> Int? { versions[prompt]?.last }
}
