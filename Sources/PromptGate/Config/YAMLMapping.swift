import Yams

/// Reads one YAML mapping with typed accessors that record a diagnostic (file and line) for every
/// missing, mistyped or unknown key instead of throwing at the first one.
struct YAMLMapping {
    let file: String
    let line: Int
    private let pairs: [(key: String, line: Int, value: Node)]
    private var seen: Set<String> = []
    private let lineOffset: Int

    /// Parses `text` as a YAML document whose root must be a mapping. `lineOffset` is added to every
    /// line (front matter starts below the file's first line).
    static func parse(_ text: String, file: String, lineOffset: Int = 0, into bag: inout DiagnosticBag) -> YAMLMapping?
    {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            bag.append(YAMLMapping.diagnostic(for: error, file: file, lineOffset: lineOffset))
            return nil
        } catch {
            bag.append(.error(file, "not valid YAML: \(error)"))
            return nil
        }
        guard let node else {
            bag.append(.error(file, line: lineOffset + 1, "the YAML document is empty; expected a mapping of keys"))
            return nil
        }
        return YAMLMapping(node: node, file: file, lineOffset: lineOffset, what: "the document", into: &bag)
    }

    /// `keyLine` is the line of the key that holds this mapping (nil for the document): problems
    /// with the mapping as a whole, such as a missing key, point there.
    init?(node: Node, file: String, lineOffset: Int, what: String, keyLine: Int? = nil, into bag: inout DiagnosticBag) {
        let nodeLine = (node.mark?.line ?? 0) + lineOffset
        guard let mapping = node.mapping else {
            bag.append(.error(file, line: nodeLine, "\(what) must be a mapping of `key: value` lines"))
            return nil
        }
        let line = keyLine ?? nodeLine
        var pairs: [(String, Int, Node)] = []
        var keys: Set<String> = []
        for (key, value) in mapping {
            let keyLine = (key.mark?.line ?? 0) + lineOffset
            guard let name = key.scalar?.string else {
                bag.append(.error(file, line: keyLine, "keys must be plain strings"))
                continue
            }
            if !keys.insert(name).inserted {
                bag.append(.error(file, line: keyLine, "duplicate key `\(name)`"))
                continue
            }
            pairs.append((name, keyLine, value))
        }
        self.file = file
        self.line = line
        self.pairs = pairs.map { (key: $0.0, line: $0.1, value: $0.2) }
        self.lineOffset = lineOffset
    }

    var keys: [String] { pairs.map(\.key) }

    /// The line of every key, for messages about a value once it has been read.
    var keyLines: [String: Int] {
        Dictionary(pairs.map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first })
    }

    func lineOf(_ key: String) -> Int {
        pairs.first { $0.key == key }?.line ?? line
    }

    mutating func node(_ key: String) -> Node? {
        seen.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    mutating func string(_ key: String, required: Bool = false, into bag: inout DiagnosticBag) -> String? {
        guard let node = node(key) else {
            if required { bag.append(.error(file, line: line, "missing required key `\(key)`")) }
            return nil
        }
        guard let scalar = node.scalar, node.null == nil || !required else {
            bag.append(.error(file, line: lineOf(key), "`\(key)` must be a text value"))
            return nil
        }
        if node.null != nil { return nil }
        return scalar.string
    }

    mutating func double(_ key: String, required: Bool = false, into bag: inout DiagnosticBag) -> Double? {
        guard let node = node(key) else {
            if required { bag.append(.error(file, line: line, "missing required key `\(key)`")) }
            return nil
        }
        if let value = node.float ?? node.int.map(Double.init) {
            if value.isFinite { return value }
            bag.append(
                .error(file, line: lineOf(key), "`\(key)` must be a finite number, got `\(node.scalar?.string ?? "")`"))
            return nil
        }
        bag.append(
            .error(file, line: lineOf(key), "`\(key)` must be a number, got `\(node.scalar?.string ?? "a collection")`")
        )
        return nil
    }

    /// A finite number inside `range`; out of range is an error naming the range (and the value is
    /// not returned, so nothing runs with it).
    mutating func double(
        _ key: String, required: Bool = false, in range: NumberRange, unit: String = "", into bag: inout DiagnosticBag
    ) -> Double? {
        guard let value = double(key, required: required, into: &bag) else { return nil }
        guard range.contains(value) else {
            bag.append(
                .error(file, line: lineOf(key), "`\(key)` must be \(range)\(unit), got \(NumberRange.format(value))"))
            return nil
        }
        return value
    }

    /// A whole number inside `range` (an error naming the range otherwise).
    mutating func int(_ key: String, in range: ClosedRange<Int>, into bag: inout DiagnosticBag) -> Int? {
        guard let value = int(key, into: &bag) else { return nil }
        guard range.contains(value) else {
            bag.append(
                .error(
                    file, line: lineOf(key),
                    "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(value)"))
            return nil
        }
        return value
    }

    mutating func int(_ key: String, required: Bool = false, into bag: inout DiagnosticBag) -> Int? {
        guard let node = node(key) else {
            if required { bag.append(.error(file, line: line, "missing required key `\(key)`")) }
            return nil
        }
        if let value = node.int { return value }
        bag.append(
            .error(
                file, line: lineOf(key),
                "`\(key)` must be a whole number, got `\(node.scalar?.string ?? "a collection")`"))
        return nil
    }

    mutating func bool(_ key: String, into bag: inout DiagnosticBag) -> Bool? {
        guard let node = node(key) else { return nil }
        if let value = YAMLScalar.bool(node) { return value }
        bag.append(
            .error(
                file, line: lineOf(key),
                "`\(key)` must be true or false, got `\(node.scalar?.string ?? "a collection")`"))
        return nil
    }

    mutating func stringList(_ key: String, into bag: inout DiagnosticBag) -> [String]? {
        guard let node = node(key) else { return nil }
        guard let sequence = node.sequence else {
            bag.append(.error(file, line: lineOf(key), "`\(key)` must be a list, e.g. [a, b]"))
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard let s = item.scalar?.string else {
                bag.append(.error(file, line: (item.mark?.line ?? 0) + lineOffset, "`\(key)` items must be text"))
                continue
            }
            values.append(s)
        }
        return values
    }

    mutating func mapping(_ key: String, into bag: inout DiagnosticBag) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return YAMLMapping(
            node: node, file: file, lineOffset: lineOffset, what: "`\(key)`", keyLine: lineOf(key), into: &bag)
    }

    /// Reports every key that no accessor asked for: a typo must not silently change behaviour.
    func reportUnknownKeys(into bag: inout DiagnosticBag, allowed hint: [String]? = nil) {
        for pair in pairs where !seen.contains(pair.key) {
            let expected = hint.map { "; expected one of: " + $0.joined(separator: ", ") } ?? ""
            bag.append(.error(file, line: pair.line, "unknown key `\(pair.key)`\(expected)"))
        }
    }

    /// libyaml's nesting limit: deeper documents are refused, and the message says so in our words.
    static let maxNesting = 1000

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            if problem.contains("nesting level") || problem.contains("yaml_set_max_nest_level") {
                return .error(
                    file, line: mark.line + lineOffset,
                    "the YAML is nested too deeply (more than \(maxNesting) levels of lists or mappings); flatten it")
            }
            return .error(file, line: mark.line + lineOffset, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                file, line: context.mark.line + lineOffset, "duplicate key `\(duplicates.joined(separator: ", "))`")
        case .reader(let problem, _, _, _):
            return .error(file, line: lineOffset + 1, "invalid YAML: \(problem)")
        default:
            return .error(file, line: lineOffset + 1, "invalid YAML: \(error)")
        }
    }
}
