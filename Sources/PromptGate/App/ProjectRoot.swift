import Foundation

/// Finds the project root the way git finds a repository: the given folder (`--root`) must hold
/// `promptgate.yaml`; without one, the current folder and then each parent is searched.
public enum ProjectRoot {
    /// The root holding `promptgate.yaml`; a missing folder or config is bad input (exit 2).
    public static func find(explicit: String?, from current: URL) throws(InputError) -> URL {
        let fm = FileManager.default
        if let explicit {
            let url = URL(fileURLWithPath: explicit, relativeTo: current).standardizedFileURL
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue else {
                throw InputError(
                    .error(
                        url.path,
                        "--root: no such folder; pass the folder that holds \(ProjectConfig.fileName), prompts/ and testsets/"
                    ))
            }
            guard fm.fileExists(atPath: url.appendingPathComponent(ProjectConfig.fileName).path) else {
                throw InputError(
                    .error(
                        url.appendingPathComponent(ProjectConfig.fileName).path,
                        "no \(ProjectConfig.fileName) in \(url.path): this is not a promptgate project; pass the folder that holds it with --root, or create one (see docs/formats.md)"
                    ))
            }
            return url
        }
        var folder = current.standardizedFileURL
        while true {
            if fm.fileExists(atPath: folder.appendingPathComponent(ProjectConfig.fileName).path) { return folder }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { break }
            folder = parent
        }
        throw InputError(
            .error(
                current.standardizedFileURL.path,
                "no \(ProjectConfig.fileName) here or in any parent folder: run promptgate inside a project (the folder holding \(ProjectConfig.fileName), prompts/ and testsets/) or pass --root"
            ))
    }
}
