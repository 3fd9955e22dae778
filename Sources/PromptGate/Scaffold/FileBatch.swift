import Foundation

/// A set of new files written together: every target is checked before the first byte is written,
/// and a failed write removes what the batch already wrote, so a command leaves nothing half-done.
struct FileBatch {
    /// Path relative to `root` -> contents.
    var files: [(path: String, text: String)] = []
    let root: URL

    init(root: URL) {
        self.root = root
    }

    mutating func add(_ path: String, _ text: String) {
        files.append((path, text))
    }

    /// The paths that already exist (the batch would overwrite them).
    func existing() -> [String] {
        files.map(\.path).filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
    }

    /// Writes every file, creating folders; on failure removes the files written so far and throws.
    func write() throws(InputError) {
        var written: [URL] = []
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .atomic)
                written.append(url)
            } catch {
                for url in written { try? FileManager.default.removeItem(at: url) }
                throw InputError(
                    .error(file.path, "could not write the file: \(error.localizedDescription); nothing was written"))
            }
        }
    }
}
