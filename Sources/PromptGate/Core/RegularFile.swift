import Foundation

/// Opens user files for reading only when they are regular files. The kind is checked on the path
/// before opening (opening a named pipe blocks until a writer comes), and the file is opened
/// non-blocking and checked again on the descriptor, so a file swapped in between cannot hang a run.
public enum RegularFile {
    /// Why a path could not be opened, as the diagnostic says it.
    public enum Failure: Error, Sendable {
        case unreadable
        case notRegular(kind: String)

        /// The message for a diagnostic about the file.
        public var message: String {
            switch self {
            case .unreadable: return "cannot read the file; check that it exists and is readable"
            case .notRegular(let kind):
                return "the path is \(kind), not a regular file; promptgate reads only regular files"
            }
        }
    }

    /// A descriptor open for reading (blocking reads, as for any regular file); the caller closes it.
    public static func open(_ path: String) -> Result<Int32, Failure> {
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(.unreadable) }
        guard isRegular(status) else { return .failure(.notRegular(kind: kind(of: status))) }
        let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        guard fstat(descriptor, &status) == 0, isRegular(status) else {
            let failure = Failure.notRegular(kind: kind(of: status))
            close(descriptor)
            return .failure(failure)
        }
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        return .success(descriptor)
    }

    private static func isRegular(_ status: stat) -> Bool {
        (status.st_mode & S_IFMT) == S_IFREG
    }

    private static func kind(of status: stat) -> String {
        switch status.st_mode & S_IFMT {
        case S_IFIFO: return "a named pipe"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFDIR: return "a folder"
        default: return "a special file"
        }
    }
}
