import Foundation

/// `promptgate new <prompt>`: starts the next version of a prompt as a copy of its latest one.
public enum NewVersionCommand {
    /// What `new` wrote.
    public struct Outcome: Sendable, Equatable {
        /// The version copied and the version created.
        public let from: Int
        public let to: Int
        /// Paths written, relative to the project root: the prompt file, and its recordings when
        /// the source version had some (the copy renders the same requests, so they still match).
        public let written: [String]
    }

    /// Copies `prompts/<name>/vN.md` (N the latest version) to `v(N+1).md` with its `changelog:`
    /// reset, and vN's replay recordings to v(N+1)'s. The source version must load cleanly.
    public static func run(project: Project, prompt name: String) throws(InputError) -> Outcome {
        let latest = try project.prompts.resolve(PromptReference(name: name, version: nil)).version
        let source = try project.prompts.load(name, version: latest)
        let next = latest + 1
        let folder = project.config.promptsURL.appendingPathComponent(name)
        let text = try TextFile.read(folder.appendingPathComponent("v\(latest).md").path, display: source.path)
        var batch = FileBatch(root: project.config.root)
        batch.add(
            project.config.display(folder.appendingPathComponent("v\(next).md")), resetChangelog(text, from: latest))
        let recordings = RecordingFile.url(
            config: project.config, testset: source.settings.testset, prompt: name, version: latest)
        if FileManager.default.fileExists(atPath: recordings.path) {
            let display = project.config.display(recordings)
            let target = RecordingFile.url(
                config: project.config, testset: source.settings.testset, prompt: name, version: next)
            batch.add(project.config.display(target), try TextFile.read(recordings.path, display: display))
        }
        let clashes = batch.existing()
        guard clashes.isEmpty else {
            throw InputError(
                clashes.map {
                    .error(
                        $0,
                        "already exists; remove it or edit it instead of running `promptgate new` (nothing was written)"
                    )
                })
        }
        try batch.write()
        return Outcome(from: latest, to: next, written: batch.files.map(\.path))
    }

    /// The prompt text with the front matter's `changelog:` line asking for the new version's change.
    static func resetChangelog(_ text: String, from version: Int) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isFence = { (line: String) in line.trimmingCharacters(in: .whitespaces) == "---" }
        guard let first = lines.first, isFence(first), let end = lines.dropFirst().firstIndex(where: isFence),
            let start = lines[1..<end].firstIndex(where: { $0.hasPrefix("changelog:") })
        else { return text }
        // A block value continues on the indented lines below the key.
        let valueEnd = lines[(start + 1)..<end].firstIndex { !$0.hasPrefix(" ") && !$0.hasPrefix("\t") } ?? end
        lines.replaceSubrange(
            start..<valueEnd, with: ["changelog: \"Copied from v\(version); say what this version changes.\""])
        return lines.joined(separator: "\n")
    }
}
