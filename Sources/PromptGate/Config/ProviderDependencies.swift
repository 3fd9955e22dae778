import Foundation

/// The files an `exec` provider's answers depend on: the paths and globs under `depends_on:`
/// (relative to the project root), by default every argument of `command` that names a file in the
/// project (the script it runs). Their content is part of the response cache key and of the
/// inputs a stored run is reused for, and `ci` treats a change to any of them as a change to every
/// prompt that uses the provider.
public struct ProviderDependencies: Sendable, Equatable {
    /// The files, relative to the project root, sorted.
    public let paths: [String]
    /// One hash over every file's path and content.
    public let hash: String

    /// Resolves `patterns` (or the command's file arguments when nil) against `root`; a path or glob
    /// that matches no file is an error at `line` of the config.
    static func resolve(
        patterns: [String]?, command: [String]?, root: URL, provider: String, line: Int, into bag: inout DiagnosticBag
    ) -> ProviderDependencies {
        var paths: Set<String> = []
        if let patterns {
            for pattern in patterns {
                let matched = match(pattern, root: root)
                if matched.isEmpty {
                    bag.append(
                        .error(
                            ProjectConfig.fileName, line: line,
                            "provider `\(provider)`: `depends_on` entry `\(pattern)` matches no file under the project root; fix the path or glob"
                        ))
                }
                paths.formUnion(matched)
            }
        } else {
            for argument in command ?? [] where !argument.hasPrefix("/") && !argument.hasPrefix("-") {
                if isFile(root.appendingPathComponent(argument)) { paths.insert(normalized(argument)) }
            }
        }
        let sorted = paths.sorted()
        var hashInput: [UInt8] = []
        for path in sorted {
            hashInput += Array(path.utf8) + [0]
            hashInput += (try? Array(Data(contentsOf: root.appendingPathComponent(path)))) ?? []
            hashInput += [0]
        }
        return ProviderDependencies(paths: sorted, hash: ContentHash.of(bytes: hashInput))
    }

    /// The project files a path or glob (`*`, `?`, `[...]`; `*` also crosses `/`) names.
    private static func match(_ pattern: String, root: URL) -> [String] {
        let clean = normalized(pattern)
        guard clean.contains(where: { "*?[".contains($0) }) else {
            return isFile(root.appendingPathComponent(clean)) ? [clean] : []
        }
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var found: [String] = []
        while let path = walker.nextObject() as? String {
            if path.hasPrefix(".") || path.contains("/.") { continue }
            if fnmatch(clean, path, 0) == 0, isFile(root.appendingPathComponent(path)) { found.append(path) }
        }
        return found
    }

    private static func normalized(_ path: String) -> String {
        path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }

    private static func isFile(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
    }
}
