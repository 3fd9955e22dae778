import Foundation

/// Writes report files atomically (a reader never sees half a report) under `reports/`.
public enum ReportWriter {
    /// Writes `text` to `url`, creating folders; returns the URL. With `folder`, the write is refused
    /// unless `url` resolves inside it (a symbolic link or a name cannot send it elsewhere).
    @discardableResult
    public static func write(_ text: String, to url: URL, inside folder: URL? = nil) throws -> URL {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let folder, !ProjectPath.isInside(url, folder: folder) {
            throw InputError(
                .error(
                    url.path,
                    "refusing to write a report outside \(folder.lastPathComponent)/: the path resolves elsewhere (a symbolic link?)"
                ))
        }
        try Data(text.utf8).write(to: url, options: .atomic)
        return url
    }

    /// `reports/<prompt>/v<N>.md`.
    public static func runReportURL(config: ProjectConfig, prompt: String, version: Int) -> URL {
        config.reportsURL.appendingPathComponent(prompt).appendingPathComponent("v\(version).md")
    }

    /// `reports/<prompt>/v<N>-gate.md`: the gate of a version that has no baseline.
    public static func aloneReportURL(config: ProjectConfig, prompt: String, version: Int) -> URL {
        config.reportsURL.appendingPathComponent(prompt).appendingPathComponent("v\(version)-gate.md")
    }

    /// `reports/<prompt>/v<A>-vs-v<B>.md`.
    public static func diffReportURL(config: ProjectConfig, prompt: String, baseline: Int, candidate: Int) -> URL {
        config.reportsURL.appendingPathComponent(prompt).appendingPathComponent("v\(candidate)-vs-v\(baseline).md")
    }
}
