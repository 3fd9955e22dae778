import Foundation
import Testing

/// One case of the bad-input corpus: a folder under `Tests/Fixtures/bad/` holding the files that differ
/// from `_base/` (a minimal valid project) and `expect.json`, which says what must be reported.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// What `expect.json` holds.
    struct Expectation: Decodable, Sendable {
        /// One line on what is wrong, for the corpus README.
        let about: String
        /// The promptgate arguments, e.g. ["run", "greet"].
        let command: [String]
        /// The file the error must name, relative to the project root.
        let file: String
        let line: Int?
        /// The case id the error must name (`case <id>:`).
        let `case`: String?
        /// A fragment of the error message.
        let message: String
        /// Files of the base project to delete.
        let remove: [String]?
        /// Content too big to commit, appended to a file at test time.
        let generate: Generated?
        /// Why a case cannot pass yet; it runs as a known issue until it does.
        let pending: String?
        /// Why the error has neither a line nor a case id (the file name or the command line is at fault).
        let noLine: String?
        /// A base file replaced by a named pipe at test time (git cannot hold one).
        let fifo: String?

        enum CodingKeys: String, CodingKey {
            case about, command, file, line, `case`, message, remove, generate, pending, fifo
            case noLine = "no_line"
        }
    }

    /// `prefix + repeat × times + suffix`, appended to `path`.
    struct Generated: Decodable, Sendable {
        let path: String
        let prefix: String
        let `repeat`: String
        let times: Int
        let suffix: String
    }

    static let corpus = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/bad")
    static let base = corpus.appendingPathComponent("_base")

    let name: String
    let expectation: Expectation

    var testDescription: String { name }
    var folder: URL { Self.corpus.appendingPathComponent(name) }

    /// Every case folder, sorted by name; folders starting with `_` are shared material.
    static func all() throws -> [BadInputCase] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") && isDirectory(corpus.appendingPathComponent($0)) }
            .sorted()
        return try names.map { name in
            let data = try Data(contentsOf: corpus.appendingPathComponent(name).appendingPathComponent("expect.json"))
            return BadInputCase(name: name, expectation: try JSONDecoder().decode(Expectation.self, from: data))
        }
    }

    /// The start of the diagnostic line the case must produce: `file:line: error: case <id>: `.
    var location: String {
        let e = expectation
        return e.file + (e.line.map { ":\($0)" } ?? "") + ": error: " + (e.case.map { "case \($0): " } ?? "")
    }

    /// A fresh temporary copy of the base project with this case's files patched in.
    func materialize() throws -> URL {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("promptgate-bad-\(name)-\(UUID().uuidString)")
        try fm.copyItem(at: Self.base, to: root)
        let prefix = folder.standardizedFileURL.path + "/"
        guard let files = fm.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        for case let url as URL in files {
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            guard relative != "expect.json", !Self.isDirectory(url) else { continue }
            let target = root.appendingPathComponent(relative)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if fm.fileExists(atPath: target.path) { try fm.removeItem(at: target) }
            try fm.copyItem(at: url, to: target)
        }
        for path in expectation.remove ?? [] { try fm.removeItem(at: root.appendingPathComponent(path)) }
        if let fifo = expectation.fifo {
            let target = root.appendingPathComponent(fifo)
            try fm.removeItem(at: target)
            guard mkfifo(target.path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
        if let generated = expectation.generate {
            let handle = try FileHandle(forWritingTo: root.appendingPathComponent(generated.path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            let body = String(repeating: generated.repeat, count: generated.times)
            try handle.write(contentsOf: Data((generated.prefix + body + generated.suffix).utf8))
        }
        return root
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}
