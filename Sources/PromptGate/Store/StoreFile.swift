import Foundation

/// What is at the database path before SQLite is asked to open it.
enum StoreFile {
    /// The 16 bytes every SQLite 3 database file starts with.
    private static let header = Array("SQLite format 3\0".utf8)

    /// True when `path` is an existing, non-empty file.
    static func hasContent(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFREG && info.st_size > 0
    }

    /// Throws `notADatabase` when something other than a SQLite database (or nothing) is at `path`.
    static func checkIsDatabase(_ path: String) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard !isDirectory.boolValue else { throw StoreError.notADatabase(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return }  // SQLite will say why
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: header.count)) ?? Data())
        guard start.isEmpty || start == header else { throw StoreError.notADatabase(path: path) }
    }
}
