/// A message template with `{{variable}}` slots, parsed once so rendering is a cheap, strict walk.
public struct Template: Sendable, Equatable {
    /// A piece of the template: literal text or a variable slot with the file line it stands on.
    public enum Segment: Sendable, Equatable {
        case text(String)
        case variable(name: String, line: Int)
    }

    public let segments: [Segment]
    /// The template source as written, used to detect template text leaking into output.
    public let source: String

    /// The variable names the template uses, in order of first use.
    public var variables: [String] {
        var seen: Set<String> = []
        return segments.compactMap {
            if case .variable(let name, _) = $0, seen.insert(name).inserted { return name }
            return nil
        }
    }

    /// Parses `source`, whose first line is line `firstLine` of the file; syntax errors carry the line.
    ///
    /// The delimiters and the line break are ASCII, so the scan runs over the UTF-8 bytes: a
    /// combining mark after a brace (which `Character` matching folds into the brace) cannot
    /// hide a `{{` or `}}`, and a "\r\n" line break counts as a line like "\n" does.
    public init(parsing source: String, firstLine: Int) throws(TemplateSyntaxError) {
        self.source = source
        let bytes = Array(source.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var segments: [Segment] = []
        var line = firstLine
        var index = 0
        while let open = Template.find(Template.openBytes, in: bytes, from: index, to: bytes.count) {
            line += bytes[index..<open].count(where: { $0 == Template.newline })
            guard let close = Template.find(Template.closeBytes, in: bytes, from: open + 2, to: bytes.count) else {
                throw TemplateSyntaxError(line: line, message: "`{{` is never closed with `}}`")
            }
            let inner = (open + 2)..<close
            if bytes[inner].contains(Template.newline)
                || Template.find(Template.openBytes, in: bytes, from: inner.lowerBound, to: inner.upperBound) != nil
            {
                throw TemplateSyntaxError(line: line, message: "`{{` is never closed with `}}` on the same line")
            }
            var nameStart = inner.lowerBound, nameEnd = inner.upperBound
            while nameStart < nameEnd, bytes[nameStart] == 0x20 || bytes[nameStart] == 0x09 { nameStart += 1 }
            while nameEnd > nameStart, bytes[nameEnd - 1] == 0x20 || bytes[nameEnd - 1] == 0x09 { nameEnd -= 1 }
            let name = text(nameStart..<nameEnd)
            guard Template.isValidName(Substring(name)) else {
                throw TemplateSyntaxError(
                    line: line,
                    message:
                        "`{{\(text(inner))}}` is not a variable name; use letters, digits, `_`, `.` or `-`, starting with a letter or `_`"
                )
            }
            if index < open { segments.append(.text(text(index..<open))) }
            segments.append(.variable(name: name, line: line))
            index = close + 2
        }
        if index < bytes.count { segments.append(.text(text(index..<bytes.count))) }
        self.segments = segments
    }

    private static let openBytes: [UInt8] = Array("{{".utf8)
    private static let closeBytes: [UInt8] = Array("}}".utf8)
    private static let newline = UInt8(ascii: "\n")

    /// The offset of the first `needle` (two bytes) starting in `from..<to`, or nil.
    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        var i = from
        while i + 1 < to {
            if bytes[i] == needle[0] && bytes[i + 1] == needle[1] { return i }
            i += 1
        }
        return nil
    }

    /// Renders with `vars`; a slot the variables do not fill is an error naming it and its line.
    public func render(_ vars: [String: JSONValue]) throws(MissingVariableError) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text):
                out += text
            case .variable(let name, let line):
                guard let value = vars[name] else { throw MissingVariableError(name: name, line: line) }
                if case .string(let s) = value { out += s } else { out += JSONWriter.canonical(value) }
            }
        }
        return out
    }

    static func isValidName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && first.isASCII)
        else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0))
        }
    }
}

/// A template that cannot be parsed: an unclosed `{{` or a bad variable name.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public let line: Int
    public let message: String
}

/// A variable the template needs and the case does not provide.
public struct MissingVariableError: Error, Sendable, Equatable {
    public let name: String
    public let line: Int
}
