import Foundation

/// The project files added or changed since a git ref (committed, staged, unstaged or untracked),
/// relative to the project root.
public enum ChangedFiles {
    public static func since(_ base: String, root: URL) throws(InputError) -> [String] {
        let diff = try git(["diff", "--name-only", "--relative", base, "--", "."], root: root, base: base)
        let untracked = try git(["ls-files", "--others", "--exclude-standard"], root: root, base: base)
        return Array(Set(diff + untracked)).sorted()
    }

    /// Runs git in `root` and returns its output lines; a failure is bad input naming `base`.
    static func git(_ arguments: [String], root: URL, base: String) throws(InputError) -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw InputError(.error(root.path, "cannot run git (\(error)); `promptgate ci` needs git to find changed prompts"))
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let first = message.split(separator: "\n").first.map(String.init) ?? "git failed"
            throw InputError(.error(root.path, "cannot compare with `\(base)`: \(first); pass an existing commit, branch or tag with --base"))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
