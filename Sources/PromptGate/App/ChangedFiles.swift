import Foundation

/// The project files added or changed since a git ref (committed, staged, unstaged or untracked),
/// relative to the project root. The ref is checked before use and always passed after
/// `--end-of-options`, so it can never be read as a git option.
public enum ChangedFiles {
    public static func since(_ base: String, root: URL) throws(InputError) -> [String] {
        try GitRef.validate(base, root: root)
        try requireRepository(root: root)
        guard
            (try? capture(["rev-parse", "--verify", "--quiet", "--end-of-options", base + "^{commit}"], root: root))
                != nil
        else {
            throw InputError(.error(root.path, missingBaseMessage(base, root: root)))
        }
        let diff = try git(
            ["diff", "--name-only", "--relative", "--end-of-options", base, "--", "."], root: root, base: base)
        let untracked = try git(["ls-files", "--others", "--exclude-standard"], root: root, base: base)
        return Array(Set(diff + untracked)).sorted()
    }

    private static func requireRepository(root: URL) throws(InputError) {
        guard (try? capture(["rev-parse", "--git-dir"], root: root)) != nil else {
            throw InputError(
                .error(
                    root.path,
                    "this folder is not inside a git repository; `promptgate ci` gates the prompts changed since a git ref: run it in a clone (or gate one prompt with `promptgate gate <prompt>`)"
                ))
        }
    }

    private static func missingBaseMessage(_ base: String, root: URL) -> String {
        let shallow = (try? capture(["rev-parse", "--is-shallow-repository"], root: root))?.first == "true"
        if shallow {
            return
                "cannot compare with `\(base)`: this is a shallow clone that does not hold it; fetch the history (GitHub Actions: `actions/checkout` with `fetch-depth: 0`, or `git fetch origin \(base)`)"
        }
        return
            "cannot compare with `\(base)`: no such commit, branch or tag here; pass an existing one with --base (a branch only on the remote is `origin/\(base)`)"
    }

    /// Runs git in `root` and returns its output lines; a failure is bad input naming `base`.
    static func git(_ arguments: [String], root: URL, base: String) throws(InputError) -> [String] {
        do {
            return try capture(arguments, root: root)
        } catch {
            throw InputError(
                .error(
                    root.path,
                    "cannot compare with `\(base)`: \(error.message); pass an existing commit, branch or tag with --base"
                ))
        }
    }

    /// Why git failed: its first line of standard error.
    struct GitFailure: Error {
        let message: String
    }

    private static func capture(_ arguments: [String], root: URL) throws(GitFailure) -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            throw GitFailure(message: "cannot run git (\(error)); `promptgate ci` needs git to find changed prompts")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitFailure(message: message.split(separator: "\n").first.map(String.init) ?? "git failed")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
