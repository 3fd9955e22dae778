import Foundation

/// Reads a text file one line at a time with `TextFile`'s rules (a leading byte-order mark is
/// skipped, CRLF is read as LF, NUL bytes and invalid UTF-8 are errors naming the line), holding
/// one line and a 64 KiB chunk instead of the whole file: a recordings file of 10,000 cases is
/// megabytes, and replay needs only one line at a time.
public enum TextLines {
    /// One line: its 1-based number, the byte offset and length of its text in the file (the line
    /// break and a CR before it excluded), and the text's UTF-8 bytes.
    public struct Line {
        public let number: Int
        public let offset: Int
        public let bytes: ArraySlice<UInt8>
    }

    /// Calls `body` for every line of `path` in order; `display` names the file in errors.
    public static func forEach(
        _ path: String, display: String, _ body: (Line) throws(InputError) -> Void
    ) throws(InputError) {
        let descriptor: Int32
        switch RegularFile.open(path) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): throw InputError(.error(display, failure.message))
        }
        defer { close(descriptor) }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var bufferOffset = 0  // file offset of buffer[0]
        var number = 1
        var atStart = true
        var endOfFile = false
        while !endOfFile {
            let count = chunk.withUnsafeMutableBytes { readChunk(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(.error(display, line: number, "reading the file failed (errno \(errno))"))
            }
            endOfFile = count == 0
            buffer.append(contentsOf: chunk[..<count])
            if atStart, buffer.count >= 3 || endOfFile {
                atStart = false
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3); bufferOffset = 3 }
            }
            var start = 0
            while let newline = buffer[start...].firstIndex(of: 0x0A) {
                try emit(buffer[start..<newline], number: number, offset: bufferOffset + start, display: display, body)
                number += 1
                start = newline + 1
            }
            if endOfFile, start < buffer.count {
                try emit(buffer[start...], number: number, offset: bufferOffset + start, display: display, body)
                start = buffer.count
            }
            buffer.removeFirst(start)
            bufferOffset += start
        }
    }

    /// Reads `length` bytes at `offset` of an open file (what `forEach` reported for a line).
    public static func read(_ descriptor: Int32, offset: Int, length: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return pread(descriptor, base + done, length - done, off_t(offset + done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return bytes
    }

    private static func emit(
        _ raw: ArraySlice<UInt8>, number: Int, offset: Int, display: String, _ body: (Line) throws(InputError) -> Void
    ) throws(InputError) {
        let bytes = raw.last == 0x0D ? raw.dropLast() : raw
        if bytes.contains(0) {
            throw InputError(
                .error(display, line: number, "the file contains a NUL byte; it is binary, not UTF-8 text"))
        }
        if bytes.contains(where: { $0 >= 0x80 }), String(validating: bytes, as: UTF8.self) == nil {
            throw InputError(.error(display, line: number, "the file is not valid UTF-8 text; save it as UTF-8"))
        }
        try body(Line(number: number, offset: offset, bytes: bytes))
    }
}

/// POSIX `read`, named apart from `TextLines.read`.
private func readChunk(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
