/// Database failures, with the file and what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case notFound(String)
    /// A read-only command found no database: nothing has been run yet (or `--db` is wrong).
    case noDatabase(path: String)
    /// Something other than a SQLite database is at the path.
    case notADatabase(path: String)
    /// The database was written by a newer promptgate; `found` says how new.
    case newerSchema(path: String, found: String, supported: Int)

    /// True for errors in what the user pointed at (exit 2), not failures of a run (exit 3).
    public var isBadInput: Bool {
        switch self {
        case .noDatabase, .notADatabase, .newerSchema: return true
        case .cannotOpen, .writeFailed, .readFailed, .notFound: return false
        }
    }

    /// The message without the path, for the user-error cases.
    public var userMessage: String {
        switch self {
        case .noDatabase:
            return
                "there is no database yet; `promptgate run <prompt>` creates it (or point `--db` / `database:` at an existing one)"
        case .notADatabase:
            return
                "this is not a promptgate database (not a SQLite file); check `--db` or `database:` in promptgate.yaml"
        case .newerSchema(_, let found, let supported):
            return
                "the database was written by a newer promptgate (\(found); this build reads schema version \(supported) or older); nothing was written: upgrade promptgate or point `--db` at another file"
        case .cannotOpen, .writeFailed, .readFailed, .notFound: return description
        }
    }

    public var description: String {
        switch self {
        case .noDatabase(let path), .notADatabase(let path), .newerSchema(let path, _, _):
            return "\(path): \(userMessage)"
        case .cannotOpen(let path, let reason):
            return
                "\(path): cannot open the database (\(reason)); check the `database:` path in promptgate.yaml and its permissions"
        case .writeFailed(let path, let reason): return "\(path): cannot write to the database (\(reason))"
        case .readFailed(let path, let reason): return "\(path): cannot read the database (\(reason))"
        case .notFound(let what): return what
        }
    }
}
