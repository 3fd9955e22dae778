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
    public init(parsing source: String, firstLine: Int) throws(TemplateSyntaxError) {
        self.source = source
        var segments: [Segment] = []
        var literal = ""
        var line = firstLine
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            let before = rest[..<open.lowerBound]
            literal += before
            line += before.count(where: { $0 == "\n" })
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else {
                throw TemplateSyntaxError(line: line, message: "`{{` is never closed with `}}`")
            }
            let inner = afterOpen[..<close.lowerBound]
            if inner.contains("\n") || inner.contains("{{") {
                throw TemplateSyntaxError(line: line, message: "`{{` is never closed with `}}` on the same line")
            }
            let name = inner.trimmingCharacters(in: " \t")
            guard Template.isValidName(name) else {
                throw TemplateSyntaxError(line: line, message: "`{{\(inner)}}` is not a variable name; use letters, digits, `_`, `.` or `-`, starting with a letter or `_`")
            }
            if !literal.isEmpty {
                segments.append(.text(literal))
                literal = ""
            }
            segments.append(.variable(name: String(name), line: line))
            rest = afterOpen[close.upperBound...]
        }
        literal += rest
        if !literal.isEmpty { segments.append(.text(literal)) }
        self.segments = segments
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
        guard let first = name.unicodeScalars.first, first == "_" || (first.properties.isAlphabetic && first.isASCII) else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0)) }
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

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return s
    }
}
