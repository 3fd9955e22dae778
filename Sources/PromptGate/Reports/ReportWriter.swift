import Foundation

/// Writes report files atomically (a reader never sees half a report) under `reports/`.
public enum ReportWriter {
    /// Writes `text` to `url`, creating folders; returns the URL.
    @discardableResult
    public static func write(_ text: String, to url: URL) throws -> URL {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
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
