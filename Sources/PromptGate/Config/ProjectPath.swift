import Foundation

/// Checks the folders and files `promptgate.yaml` points the tool at (`reports:`, `database:`): they
/// must stay inside the project and never inside `prompts/` or `testsets/`, whose files the tool
/// only reads. Also checks, just before a write, that the target resolves inside its folder.
public enum ProjectPath {
    /// Why `path` (from key `key`) cannot be used; nil when it can.
    static func problem(_ path: String, key: String, root: URL) -> String? {
        if path.isEmpty { return "`\(key)` is empty" }
        if path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "`\(key)` contains a control character"
        }
        let rootPath = root.standardizedFileURL.path
        let full = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path))
            .standardizedFileURL.path
        guard full.hasPrefix(rootPath + "/") else {
            return
                "`\(key)` must be a path inside the project folder (e.g. `\(key == "database" ? ".promptgate/promptgate.sqlite" : "reports")`); got `\(path)`"
        }
        let relative = full.dropFirst(rootPath.count + 1)
        for source in ["prompts", "testsets", ProjectConfig.fileName]
        where relative == source || relative.hasPrefix(source + "/") {
            return "`\(key)` must not point into `\(source)`, which promptgate only reads; got `\(path)`"
        }
        return nil
    }

    /// Whether `url`, once symbolic links in its existing part are resolved, lies strictly inside `folder`.
    public static func isInside(_ url: URL, folder: URL) -> Bool {
        let base = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let target =
            url.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path + "/"
            + url.lastPathComponent
        let name = url.lastPathComponent
        return name != "." && name != ".." && !name.isEmpty && target.hasPrefix(base + "/")
    }
}
