import Foundation

/// Reads user files as UTF-8 text with the forgiving parts people expect (a byte-order mark,
/// CRLF line endings) and the strict parts a tool needs (invalid UTF-8 and NUL bytes are errors).
public enum TextFile {
    /// Reads `path`; `display` is the path shown in diagnostics (relative to the project root).
    public static func read(_ path: String, display: String) throws(InputError) -> String {
        var bytes: [UInt8]
        switch contents(atPath: path) {
        case .success(let read): bytes = read
        case .failure(let failure): throw InputError(.error(display, failure.message))
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw InputError(.error(display, line: line, "the file contains a NUL byte; it is binary, not UTF-8 text"))
        }
        if bytes.contains(0x0D) { bytes = withoutCarriageReturnsBeforeNewlines(bytes) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(bytes)
            throw InputError(.error(display, line: line, "the file is not valid UTF-8 text; save it as UTF-8"))
        }
        return text
    }

    /// CRLF becomes LF (a lone CR is kept); done on bytes, which is exact for UTF-8 and much
    /// faster than a string search on large files.
    private static func withoutCarriageReturnsBeforeNewlines(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
            out.append(byte)
        }
        return out
    }

    /// The file's bytes, read straight into one array (no intermediate `Data` copy: test sets and
    /// recordings can be megabytes); special files are refused before they are opened.
    static func contents(atPath path: String) -> Result<[UInt8], RegularFile.Failure> {
        let descriptor: Int32
        switch RegularFile.open(path) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): return .failure(failure)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1
            start = i + 1
        }
        return line
    }
}

/// POSIX `read`, named apart from `TextFile.read`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
