import Foundation

/// The project as it is at a git ref, written to a temporary folder with `git archive`: `ci` runs
/// each baseline there, so the baseline is answered by the base ref's prompt, test set, config and
/// pipeline scripts, not by today's files.
public final class BaseTree: Sendable {
    /// The exported project root.
    public let root: URL

    private init(root: URL) {
        self.root = root
    }

    /// Exports the project folder (`root`, possibly a subfolder of the repository) at `ref`.
    public static func export(_ ref: String, root: URL) throws(InputError) -> BaseTree {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent(
            "promptgate-base-\(UUID().uuidString)")
        let archive = target.appendingPathExtension("tar")
        do {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        } catch {
            throw InputError(
                .error(target.path, "cannot create a folder for the project at `\(ref)`: \(error.localizedDescription)")
            )
        }
        let tree = BaseTree(root: target)
        _ = try ChangedFiles.git(
            ["archive", "--format=tar", "-o", archive.path, "--end-of-options", ref], root: root, base: ref)
        defer { try? FileManager.default.removeItem(at: archive) }
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        tar.arguments = ["tar", "-xf", archive.path, "-C", target.path]
        tar.standardOutput = FileHandle.nullDevice
        tar.standardError = FileHandle.nullDevice
        do {
            try tar.run()
        } catch {
            throw InputError(.error(archive.path, "cannot run tar to unpack the project at `\(ref)`: \(error)"))
        }
        tar.waitUntilExit()
        guard tar.terminationStatus == 0 else {
            throw InputError(
                .error(archive.path, "tar could not unpack the project at `\(ref)` (exit \(tar.terminationStatus))"))
        }
        return tree
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}
