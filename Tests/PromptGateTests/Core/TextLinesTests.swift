import Foundation
import PromptGateTestSupport
import Testing

@testable import PromptGate

/// `TextLines` reads a file a line at a time with `TextFile`'s rules, and the offsets it reports
/// read the same lines back.
@Suite struct TextLinesTests {
    /// Writes `bytes` to a file, reads its lines, and hands both to `check` (the file is removed after).
    private func withLines(of bytes: [UInt8], _ check: ([TextLines.Line], _ path: String) throws -> Void) throws {
        let project = try TempProject()
        defer { project.remove() }
        let path = project.root.appendingPathComponent("f.jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var lines: [TextLines.Line] = []
        try TextLines.forEach(path, display: "f.jsonl") { lines.append($0) }
        try check(lines, path)
    }

    private func text(_ line: TextLines.Line) -> String { String(decoding: line.bytes, as: UTF8.self) }

    @Test func skipsTheBOMReadsCRLFAsLFAndKeepsTheLastLineWithoutANewline() throws {
        try withLines(of: [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\n\nthré\r\nlast".utf8)) { lines, path in
            #expect(lines.map(text) == ["one", "two", "", "thré", "last"])
            #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
            let descriptor = open(path, O_RDONLY)
            defer { close(descriptor) }
            for line in lines {
                let back = try #require(TextLines.read(descriptor, offset: line.offset, length: line.bytes.count))
                #expect(back == Array(line.bytes))
            }
        }
    }

    @Test func linesLongerThanTheReadChunkAndManyLinesKeepTheirOffsets() throws {
        let long = String(repeating: "x", count: 200_000)
        var content = ""
        for i in 0..<3000 { content += (i == 1500 ? long : "line \(i)") + "\n" }
        try withLines(of: Array(content.utf8)) { lines, path in
            #expect(lines.count == 3000)
            #expect(text(lines[1500]).count == long.count && text(lines[2999]) == "line 2999")
            let descriptor = open(path, O_RDONLY)
            defer { close(descriptor) }
            for index in [0, 1499, 1500, 1501, 2999] {
                let line = lines[index]
                let readBack =
                    TextLines.read(descriptor, offset: line.offset, length: line.bytes.count) == Array(line.bytes)
                #expect(readBack, "line \(index + 1) does not read back from its offset")
            }
        }
    }

    @Test(arguments: [
        (Array("ok\nfine\nbad\u{0}byte\n".utf8), 3, "NUL byte"),
        (Array("ok\n".utf8) + [0x66, 0xC3, 0x28, 0x0A], 2, "not valid UTF-8"),
    ])
    func namesTheLineOfBinaryContent(bytes: [UInt8], line: Int, message: String) throws {
        let project = try TempProject()
        defer { project.remove() }
        let path = project.root.appendingPathComponent("f.jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do throws(InputError) {
            try TextLines.forEach(path, display: "f.jsonl") { _ in }
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.line == line)
            #expect(error.description.contains("f.jsonl") && error.description.contains(message))
        }
    }
}
