import Foundation

/// `promptgate init`: scaffolds a working project (config, a prompt v1, a test set with schema and
/// settings, a stand-in pipeline, `.gitignore` lines for the database and a GitHub workflow) whose
/// first `run` and `check` succeed offline.
public enum InitCommand {
    /// The prompt the new project starts with.
    public static let firstPrompt = ProjectTemplate.promptName

    /// Writes the project into `root` and returns the paths written. Refuses (exit 2, nothing
    /// written) when any of the files already exists.
    public static func run(root: URL) throws(InputError) -> [String] {
        var batch = FileBatch(root: root)
        for file in ProjectTemplate.files { batch.add(file.path, file.text) }
        let clashes = batch.existing()
        guard clashes.isEmpty else {
            throw InputError(
                clashes.map {
                    .error(
                        $0,
                        "already exists; `promptgate init` only writes into a folder without these files (nothing was written)"
                    )
                })
        }
        let gitignore = root.appendingPathComponent(".gitignore")
        let current = (try? String(contentsOf: gitignore, encoding: .utf8)) ?? ""
        let missing = ProjectTemplate.gitignoreLines.filter { line in
            !current.split(separator: "\n").contains { $0 == line }
        }
        if !missing.isEmpty {
            let separator = current.isEmpty || current.hasSuffix("\n") ? "" : "\n"
            // Last, so a failed write before it never touches an existing .gitignore.
            batch.add(".gitignore", current + separator + missing.joined(separator: "\n") + "\n")
        }
        try batch.write()
        return batch.files.map(\.path)
    }
}
